package crmcopilot.ai.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON schemas generated from result records (every component required, no extra
 * properties, {@code @Nullable} components may be null), and validation of answers
 * against them.
 * <p>
 * Mapping: strings, UUIDs and dates to {@code string}; integral numbers to
 * {@code integer}; other numbers to {@code number}; enums to a string {@code enum};
 * collections to {@code array}; maps to {@code object} with {@code additionalProperties};
 * nested records to nested objects.
 */
public class ResultSchemas {

	private static final int MAX_ERRORS = 5;

	private final JsonMapper json;

	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private final Map<Class<?>, Generated> cache = new ConcurrentHashMap<>();

	public ResultSchemas(JsonMapper json) {
		this.json = json;
	}

	private record Generated(ObjectNode schema, Schema validator, boolean strict) {
	}

	/** The JSON schema of a record type. */
	public ObjectNode schema(Class<? extends Record> type) {
		return generated(type).schema().deepCopy();
	}

	/**
	 * Whether the schema fits OpenAI's strict structured output (no free-form maps).
	 */
	public boolean strict(Class<? extends Record> type) {
		return generated(type).strict();
	}

	/** What is wrong with {@code answer}, at most a few messages; empty when valid. */
	public List<String> validate(Class<? extends Record> type, JsonNode answer) {
		return generated(type).validator()
			.validate(answer)
			.stream()
			.limit(MAX_ERRORS)
			.map(com.networknt.schema.Error::toString)
			.toList();
	}

	private Generated generated(Class<? extends Record> type) {
		return this.cache.computeIfAbsent(type, (key) -> {
			boolean[] strict = { true };
			ObjectNode schema = recordSchema(type, strict);
			return new Generated(schema, this.registry.getSchema(schema), strict[0]);
		});
	}

	private ObjectNode recordSchema(Class<?> type, boolean[] strict) {
		ObjectNode schema = this.json.createObjectNode();
		schema.put("type", "object");
		ObjectNode properties = schema.putObject("properties");
		ArrayNode required = schema.putArray("required");
		for (RecordComponent component : type.getRecordComponents()) {
			String name = propertyName(component);
			ObjectNode property = typeSchema(component.getGenericType(), strict);
			if (component.isAnnotationPresent(JsonPropertyDescription.class)) {
				property.put("description", component.getAnnotation(JsonPropertyDescription.class).value());
			}
			if (nullable(component)) {
				property = nullableOf(property);
			}
			properties.set(name, property);
			required.add(name);
		}
		schema.put("additionalProperties", false);
		return schema;
	}

	private ObjectNode typeSchema(Type type, boolean[] strict) {
		ObjectNode schema = this.json.createObjectNode();
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
			Type[] arguments = parameterized.getActualTypeArguments();
			if (Collection.class.isAssignableFrom(raw)) {
				schema.put("type", "array");
				schema.set("items", typeSchema(arguments[0], strict));
				return schema;
			}
			if (Map.class.isAssignableFrom(raw)) {
				strict[0] = false;
				schema.put("type", "object");
				schema.set("additionalProperties", typeSchema(arguments[1], strict));
				return schema;
			}
			if (Optional.class.equals(raw)) {
				return nullableOf(typeSchema(arguments[0], strict));
			}
			return typeSchema(raw, strict);
		}
		if (!(type instanceof Class<?> raw)) {
			strict[0] = false;
			return schema;
		}
		if (raw == String.class || raw == UUID.class || raw == Character.class || raw == char.class) {
			schema.put("type", "string");
		}
		else if (raw == Instant.class || raw == OffsetDateTime.class || raw == LocalDateTime.class) {
			schema.put("type", "string");
			schema.put("description", "date-time, ISO-8601");
		}
		else if (raw == LocalDate.class) {
			schema.put("type", "string");
			schema.put("description", "date, ISO-8601 (yyyy-mm-dd)");
		}
		else if (raw == boolean.class || raw == Boolean.class) {
			schema.put("type", "boolean");
		}
		else if (raw == int.class || raw == long.class || raw == short.class || raw == Integer.class
				|| raw == Long.class || raw == Short.class) {
			schema.put("type", "integer");
		}
		else if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
			schema.put("type", "number");
		}
		else if (raw.isEnum()) {
			schema.put("type", "string");
			ArrayNode values = schema.putArray("enum");
			for (Object constant : raw.getEnumConstants()) {
				values.add(enumValue((Enum<?>) constant));
			}
		}
		else if (raw.isArray()) {
			schema.put("type", "array");
			schema.set("items", typeSchema(raw.getComponentType(), strict));
		}
		else if (raw.isRecord()) {
			return recordSchema(raw, strict);
		}
		else if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
			schema.put("type", "array");
		}
		else {
			strict[0] = false;
		}
		return schema;
	}

	private ObjectNode nullableOf(ObjectNode schema) {
		if (schema.path("type").isString()) {
			ArrayNode types = this.json.createArrayNode().add(schema.path("type").stringValue()).add("null");
			schema.set("type", types);
			if (schema.has("enum")) {
				((ArrayNode) schema.get("enum")).addNull();
			}
			return schema;
		}
		ObjectNode anyOf = this.json.createObjectNode();
		anyOf.putArray("anyOf").add(schema).addObject().put("type", "null");
		return anyOf;
	}

	private static String propertyName(RecordComponent component) {
		JsonProperty property = component.getAnnotation(JsonProperty.class);
		if (property == null) {
			property = fieldAnnotation(component);
		}
		return (property != null && !property.value().isEmpty()) ? property.value() : component.getName();
	}

	private static @Nullable JsonProperty fieldAnnotation(RecordComponent component) {
		try {
			return component.getDeclaringRecord()
				.getDeclaredField(component.getName())
				.getAnnotation(JsonProperty.class);
		}
		catch (NoSuchFieldException ex) {
			return null;
		}
	}

	private static boolean nullable(RecordComponent component) {
		return component.getAnnotatedType().isAnnotationPresent(Nullable.class)
				|| component.isAnnotationPresent(Nullable.class);
	}

	private static String enumValue(Enum<?> constant) {
		try {
			JsonProperty property = constant.getDeclaringClass()
				.getField(constant.name())
				.getAnnotation(JsonProperty.class);
			return (property != null) ? property.value() : constant.name();
		}
		catch (NoSuchFieldException ex) {
			return constant.name();
		}
	}

}
