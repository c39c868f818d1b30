package crmcopilot.web;

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

	/** For the page being rendered. */
	public static void show(Model model, RuntimeException exception) {
		model.addAttribute("error", key(exception));
		model.addAttribute("errorArgs", arguments(exception));
	}

	private static String key(RuntimeException exception) {
		return (exception instanceof InvalidInputException invalid && invalid.messageKey() != null)
				? invalid.messageKey() : GENERIC;
	}

	private static Object[] arguments(RuntimeException exception) {
		return (exception instanceof InvalidInputException invalid) ? invalid.arguments() : new Object[0];
	}

}
