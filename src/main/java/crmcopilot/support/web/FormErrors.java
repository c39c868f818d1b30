package crmcopilot.support.web;

import crmcopilot.shared.InvalidInputException;

import org.springframework.validation.BindingResult;

/**
 * A refusal from the support services shown next to the form field it concerns, as a
 * message key resolved in the reader's language (never the exception's English text).
 */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, String field, InvalidInputException ex, String fallbackKey) {
		String key = ex.messageKey();
		if (key != null) {
			result.rejectValue(field, key, ex.arguments(), null);
		}
		else {
			result.rejectValue(field, fallbackKey);
		}
	}

}
