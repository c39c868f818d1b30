package crmcopilot.web.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds on every JSON body the service reads, before anything is bound: no text value
 * longer than {@link #MAX_TEXT_LENGTH} characters, no nesting deeper than
 * {@link #MAX_DEPTH}, and no number that is NaN or infinite ({@code NaN},
 * {@code "Infinity"}, {@code 1e400}) in a {@code double} or {@code float} field: such a
 * value poisons every score, sum and model it reaches, so it is refused where it enters,
 * naming the field.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

	/** Above the longest declared field (a support message body, 100,000 characters). */
	static final int MAX_TEXT_LENGTH = 200_000;

	static final int MAX_DEPTH = 64;

	@Bean
	JsonFactoryBuilderCustomizer boundedJsonInput() {
		return (factory) -> factory.streamReadConstraints(
				StreamReadConstraints.builder().maxStringLength(MAX_TEXT_LENGTH).maxNestingDepth(MAX_DEPTH).build());
	}

	@Bean
	JsonMapperBuilderCustomizer finiteNumbersOnly() {
		SimpleModule module = new SimpleModule("finite-numbers");
		module.addDeserializer(Double.class, new FiniteDouble(Double.class, null));
		module.addDeserializer(double.class, new FiniteDouble(Double.TYPE, 0.0));
		module.addDeserializer(Float.class, new FiniteFloat(Float.class, null));
		module.addDeserializer(float.class, new FiniteFloat(Float.TYPE, 0.0f));
		return (mapper) -> mapper.addModule(module);
	}

	static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {

		FiniteDouble(Class<Double> type, @Nullable Double empty) {
			super(type, empty);
		}

		@Override
		public Double deserialize(JsonParser parser, DeserializationContext context) {
			Double value = super.deserialize(parser, context);
			if (value != null && !Double.isFinite(value)) {
				throw InvalidFormatException.from(parser, "not a finite number", value, Double.class);
			}
			return value;
		}

	}

	static final class FiniteFloat extends NumberDeserializers.FloatDeserializer {

		FiniteFloat(Class<Float> type, @Nullable Float empty) {
			super(type, empty);
		}

		@Override
		public Float deserialize(JsonParser parser, DeserializationContext context) {
			Float value = super.deserialize(parser, context);
			if (value != null && !Float.isFinite(value)) {
				throw InvalidFormatException.from(parser, "not a finite number", value, Float.class);
			}
			return value;
		}

	}

}
