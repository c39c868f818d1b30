package crmcopilot.web.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import crmcopilot.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad input sent to a page (a malformed id, a form post that is not the expected upload)
 * is answered with the error page and status 400 naming the problem, never a 500. REST
 * controllers keep their problem+json handler, which takes precedence.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	private final InputErrorMessages inputErrors;

	PageErrors(MessageSource messages) {
		this.inputErrors = new InputErrorMessages(messages);
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalidInput(InvalidInputException exception, HttpServletRequest request, Locale locale) {
		return errorPage(InputErrorMessages.status(exception), request,
				exception.field() + ": " + this.inputErrors.text(exception, locale));
	}

	@ExceptionHandler({ IllegalArgumentException.class, MultipartException.class })
	ModelAndView badInput(Exception exception, HttpServletRequest request) {
		String detail = (exception instanceof MultipartException) ? "a file upload (multipart form) was expected"
				: exception.getMessage();
		return errorPage(HttpStatus.BAD_REQUEST, request, detail);
	}

	private static ModelAndView errorPage(HttpStatus status, HttpServletRequest request, @Nullable String detail) {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("path", request.getRequestURI());
		view.addObject("detail", detail);
		return view;
	}

}
