package crmcopilot.learning.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The learning engine's words as they appear in JSON, the database and message keys: the
 * constant's name in lower case ({@code competitor_pricing} for
 * {@code COMPETITOR_PRICING}).
 */
final class Vocabulary {

	private Vocabulary() {
	}

	static String value(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The constant whose value is {@code value}.
	 * @throws IllegalArgumentException naming the accepted values
	 */
	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (value(constant).equals(value)) {
				return constant;
			}
		}
		throw new IllegalArgumentException("'" + value + "' is not one of " + values(type));
	}

	/** The accepted values, comma-separated (for error messages). */
	static String values(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Vocabulary::value).collect(Collectors.joining(", "));
	}

}
