package crmcopilot.matching.web;

import crmcopilot.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The text of a refused input in the reader's language, from the exception's message key
 * (never from its English message).
 */
@Component
class ErrorTexts {

	private final MessageSource messages;

	ErrorTexts(MessageSource messages) {
		this.messages = messages;
	}

	String of(InvalidInputException ex) {
		String key = ex.messageKey();
		DefaultMessageSourceResolvable text = (key != null)
				? new DefaultMessageSourceResolvable(new String[] { key, "matching.error.field" }, ex.arguments())
				: new DefaultMessageSourceResolvable(new String[] { "matching.error.field" },
						new Object[] { ex.field() });
		return this.messages.getMessage(text, LocaleContextHolder.getLocale());
	}

}
