package crmcopilot.opportunities.web;

import java.util.Locale;

import crmcopilot.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text a page shows for bad input: the exception's message key in the reader's
 * language, its English default only when it has no key.
 */
@Component
class InputErrors {

	private final MessageSource messages;

	InputErrors(MessageSource messages) {
		this.messages = messages;
	}

	String text(InvalidInputException error, Locale locale) {
		String key = error.messageKey();
		String fallback = String.valueOf(error.getMessage());
		return (key != null) ? this.messages.getMessage(key, error.arguments(), fallback, locale) : fallback;
	}

}
