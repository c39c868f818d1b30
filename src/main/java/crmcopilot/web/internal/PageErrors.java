package crmcopilot.web.internal;

import jakarta.servlet.http.HttpServletRequest;

import crmcopilot.shared.InvalidInputException;

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

	@ExceptionHandler({ IllegalArgumentException.class, MultipartException.class })
	ModelAndView badInput(Exception exception, HttpServletRequest request) {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(HttpStatus.BAD_REQUEST);
		view.addObject("status", HttpStatus.BAD_REQUEST.value());
		view.addObject("path", request.getRequestURI());
		String detail = (exception instanceof MultipartException) ? "a file upload (multipart form) was expected"
				: exception.getMessage();
		if (exception instanceof InvalidInputException invalid) {
			detail = invalid.field() + ": " + invalid.getMessage();
		}
		view.addObject("detail", detail);
		return view;
	}

}
