package crmcopilot.support.web;

import crmcopilot.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Error texts for the next page, from the message bundles in the reader's language (the
 * layout shows a flash {@code error} key without arguments; a message with arguments is
 * resolved here).
 */
@Component
class FlashErrors {

	private final MessageSource messages;

	FlashErrors(MessageSource messages) {
		this.messages = messages;
	}

	void add(RedirectAttributes redirect, String key, Object... arguments) {
		redirect.addFlashAttribute("errorText",
				this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
	}

	/** The exception's message key when it has one, else the generic key given. */
	void add(RedirectAttributes redirect, InvalidInputException ex, String fallbackKey) {
		String key = ex.messageKey();
		if (key != null) {
			redirect.addFlashAttribute("errorText",
					this.messages.getMessage(key, ex.arguments(), ex.getMessage(), LocaleContextHolder.getLocale()));
		}
		else {
			redirect.addFlashAttribute("error", fallbackKey);
		}
	}

}
