package crmcopilot.web;

import java.util.LinkedHashMap;
import java.util.Map;

import crmcopilot.shared.InvalidInputException;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bad form input shown by the layout in the reader's language: the exception's message
 * key and arguments ({@code error}, {@code errorArgs}), or a generic message for input
 * refused without a key, never the exception's English text.
 */
public final class FormErrors {

	/** Shown when the refused input carries no message key. */
	public static final String GENERIC = "form.invalid";

	private FormErrors() {
	}

	/** For the page a post redirects to. */
	public static void flash(RedirectAttributes redirect, RuntimeException exception) {
		redirect.addFlashAttribute("error", key(exception));
		redirect.addFlashAttribute("errorArgs", arguments(exception));
	}

	/**
	 * For the page a post redirects to, from a validated form object whose constraint
	 * messages are message keys; a value that could not be converted shows the generic
	 * message.
	 */
	public static void flash(RedirectAttributes redirect, BindingResult result) {
		FieldError error = result.getFieldError();
		String key = (error != null && !error.isBindingFailure() && error.getDefaultMessage() != null)
				? error.getDefaultMessage() : GENERIC;
		redirect.addFlashAttribute("error", key);
		redirect.addFlashAttribute("errorArgs", new Object[0]);
	}

	/** For the page a post redirects to: a refusal the controller decided, by its key. */
	public static void flash(RedirectAttributes redirect, String key, Object... arguments) {
		redirect.addFlashAttribute("error", key);
		redirect.addFlashAttribute("errorArgs", arguments);
	}

	/** For the page being rendered. */
	public static void show(Model model, RuntimeException exception) {
		model.addAttribute("error", key(exception));
		model.addAttribute("errorArgs", arguments(exception));
	}

	/**
	 * For the page being rendered again with the refused values: each field's first
	 * message ({@code fieldErrors}, shown next to the field by
	 * {@code fragments/forms :: fieldError(field)}).
	 */
	public static void showNextToFields(Model model, BindingResult result) {
		Map<String, FieldMessage> messages = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			String key = (!error.isBindingFailure() && error.getDefaultMessage() != null) ? error.getDefaultMessage()
					: GENERIC;
			Object[] arguments = (error.getArguments() != null && error.getCode() == null) ? error.getArguments()
					: new Object[0];
			messages.putIfAbsent(error.getField(), new FieldMessage(key, arguments));
		}
		model.addAttribute("fieldErrors", messages);
	}

	/**
	 * Records input a service refused against the field it names, with its message key
	 * and arguments, or the generic message.
	 */
	public static void reject(BindingResult result, InvalidInputException exception) {
		result.addError(new FieldError(result.getObjectName(), exception.field(), null, false, null,
				exception.arguments(), key(exception)));
	}

	/**
	 * Records input a service refused against the given form field, as an error code
	 * resolved by {@code th:errors}: the exception's message key, else the fallback key.
	 */
	public static void rejectValue(BindingResult result, String field, InvalidInputException exception,
			String fallbackKey) {
		String key = exception.messageKey();
		if (key != null) {
			result.rejectValue(field, key, exception.arguments(), null);
		}
		else {
			result.rejectValue(field, fallbackKey);
		}
	}

	/**
	 * Records a refusal decided by the controller against a field.
	 */
	public static void reject(BindingResult result, String field, String key) {
		result.addError(new FieldError(result.getObjectName(), field, null, false, null, new Object[0], key));
	}

	/** A message key and its arguments, shown next to a form field. */
	public record FieldMessage(String key, Object[] arguments) {
	}

	/** Shown for refused input that names its field but carries no message key. */
	public static final String GENERIC_FIELD = "form.invalid.field";

	private static String key(RuntimeException exception) {
		if (exception instanceof InvalidInputException invalid) {
			return (invalid.messageKey() != null) ? invalid.messageKey() : GENERIC_FIELD;
		}
		return GENERIC;
	}

	private static Object[] arguments(RuntimeException exception) {
		if (exception instanceof InvalidInputException invalid) {
			return (invalid.messageKey() != null) ? invalid.arguments() : new Object[] { invalid.field() };
		}
		return new Object[0];
	}

}
