package crmcopilot.web.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * problem+json for {@code /api/**} requests that reach no controller (unknown route,
 * wrong method, a JSON route sent another content type, an upload over the size limit,
 * refused before any handler is chosen): {@link ApiExceptionHandler} only advises REST
 * controllers, so these would otherwise get the plain JSON error body or the container's
 * HTML page. Pages keep the friendly error page, with 413 for an upload too large.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRouteErrors {

	private final InputErrorMessages inputErrors;

	ApiRouteErrors(MessageSource messages) {
		this.inputErrors = new InputErrorMessages(messages);
	}

	@ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class })
	ResponseEntity<ProblemDetail> noRoute(Exception exception, HttpServletRequest request) throws Exception {
		if (!isApi(request) || !(exception instanceof ErrorResponse error)) {
			throw exception;
		}
		return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(error.getBody());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException exception,
			HttpServletRequest request, Locale locale) throws Exception {
		if (!isApi(request)) {
			throw exception;
		}
		return this.inputErrors.unsupportedMediaType(locale);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object uploadTooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request, Locale locale) {
		ResponseEntity<ProblemDetail> problem = this.inputErrors.uploadTooLarge(exception, locale);
		if (isApi(request)) {
			return problem;
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
		page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
		page.addObject("path", request.getRequestURI());
		page.addObject("detail", (problem.getBody() != null) ? problem.getBody().getDetail() : null);
		return page;
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
