package crmcopilot.campaigns.web;

import java.util.Locale;

import crmcopilot.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Puts the text of a refused input, in the reader's language, in the flash message the
 * layout shows after a redirect: the exception's message key when it has one, else a
 * generic key with the exception's detail.
 */
@Component
class FlashErrors {

	/** For errors of other modules that carry no message key yet. */
	static final String FALLBACK = "campaigns.error.input";

	private final MessageSource messages;

	FlashErrors(MessageSource messages) {
		this.messages = messages;
	}

	void add(RedirectAttributes redirect, RuntimeException exception, Locale locale) {
		redirect.addFlashAttribute("errorText", text(exception, locale));
	}

	String text(RuntimeException exception, Locale locale) {
		if (exception instanceof InvalidInputException invalid && invalid.messageKey() != null) {
			return this.messages.getMessage(invalid.messageKey(), invalid.arguments(), invalid.getMessage(), locale);
		}
		return text(FALLBACK, locale, String.valueOf(exception.getMessage()));
	}

	String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
