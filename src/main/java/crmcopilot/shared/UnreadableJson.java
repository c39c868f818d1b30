package crmcopilot.shared;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a person needs to fix a JSON body that could not be read: the path of the field
 * ({@code availability[0]}, {@code weights.auc}, {@code body} when the text is not JSON
 * at all) and a message key with its arguments ({@code json.error.*}; the expected type
 * as a resolvable {@code json.type.*} key), read from the parser's exception. The API
 * error handlers of every module answer with it, so a list sent where an object is
 * expected names both.
 */
public record UnreadableJson(String field, String messageKey, Object[] arguments, String englishMessage) {

	/** The field reported when the body itself is malformed. */
	public static final String BODY = "body";

	/** The first Jackson exception among the causes, described; {@code null} if none. */
	public static @Nullable UnreadableJson of(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return describe(jackson);
			}
		}
		return null;
	}

	/** The problem as bad input for the error handlers, keeping field, key and text. */
	public InvalidInputException toInvalidInput() {
		return new InvalidInputException(this.field, this.messageKey, this.arguments, this.englishMessage);
	}

	private static UnreadableJson describe(JacksonException exception) {
		String field = path(exception);
		if (exception instanceof StreamConstraintsException) {
			return new UnreadableJson(field, "json.error.too-long", new Object[] { field },
					"'" + field + "' is longer than this service accepts");
		}
		if (exception instanceof InvalidFormatException format && format.getValue() instanceof Number number
				&& !Double.isFinite(number.doubleValue())) {
			return new UnreadableJson(field, "json.error.non-finite", new Object[] { field },
					"'" + field + "' must be a finite number");
		}
		if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
				&& !BODY.equals(field)) {
			String type = typeOf(mismatch.getTargetType());
			return new UnreadableJson(field, "json.error.type", new Object[] { field,
					new DefaultMessageSourceResolvable(new String[] { "json.type." + type }, englishType(type)) },
					"'" + field + "' must be " + englishType(type));
		}
		return new UnreadableJson(field, "json.error.syntax", new Object[] { field },
				"'" + field + "' is not readable JSON");
	}

	/** {@code items[2].name}: property names joined by dots, list indexes in brackets. */
	static String path(JacksonException exception) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : exception.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? BODY : path.toString();
	}

	static String typeOf(Class<?> type) {
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "list";
		}
		if (Number.class.isAssignableFrom(type)
				|| (type.isPrimitive() && type != boolean.class && type != char.class)) {
			return "number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "boolean";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "date";
		}
		if (type.isEnum()) {
			return "choice";
		}
		if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class
				|| type == java.util.UUID.class) {
			return "text";
		}
		return (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) ? "object" : "text";
	}

	private static String englishType(String type) {
		return switch (type) {
			case "list" -> "a list";
			case "number" -> "a number";
			case "boolean" -> "true or false";
			case "date" -> "a date (ISO 8601)";
			case "choice" -> "one of the allowed values";
			case "text" -> "text";
			default -> "an object";
		};
	}

}
