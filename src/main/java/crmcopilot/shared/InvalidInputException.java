package crmcopilot.shared;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Bad input naming the offending field: HTTP 400 problem+json, or a form message. When a
 * message key is given, pages and the API show the text of that key in the reader's
 * language; the message is the English default.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final @Nullable String messageKey;

	private final Object[] arguments;

	public InvalidInputException(String field, String message) {
		this(field, null, new Object[0], message);
	}

	/**
	 * @param messageKey key of the message bundles giving the text shown to people
	 * @param arguments the key's arguments
	 * @param defaultMessage the English text, used when the key is missing
	 */
	public InvalidInputException(String field, @Nullable String messageKey, Object[] arguments, String defaultMessage) {
		super(defaultMessage);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String field() {
		return this.field;
	}

	public @Nullable String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
