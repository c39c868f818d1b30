package crmcopilot.web.internal;

import java.util.Locale;

import crmcopilot.shared.CsvReadException;
import crmcopilot.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * The text and status of bad input for people: the exception's message key resolved in
 * the reader's language (its English message when the key is missing), 413 for a file
 * over its size limit, 400 otherwise. Built by the error advices from the message source
 * (not a bean of its own, so a {@code @WebMvcTest} slice, which keeps only web
 * components, has everything the advices need).
 */
class InputErrorMessages {

	private final MessageSource messages;

	InputErrorMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(InvalidInputException exception, Locale locale) {
		String key = exception.messageKey();
		String fallback = String.valueOf(exception.getMessage());
		return (key != null) ? this.messages.getMessage(key, exception.arguments(), fallback, locale) : fallback;
	}

	static HttpStatus status(InvalidInputException exception) {
		return (exception instanceof CsvReadException csv && csv.tooLarge()) ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
	}

}
