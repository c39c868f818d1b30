package crmcopilot.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.UnreadableJson;

import org.springframework.context.MessageSource;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * problem+json for every API error. Validation errors list each field with its message
 * under {@code errors}; {@code field} names the first.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final InputErrorMessages inputErrors;

	ApiExceptionHandler(MessageSource messages) {
		this.inputErrors = new InputErrorMessages(messages);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException exception, Locale locale) {
		return this.inputErrors.problem(exception, InputErrorMessages.status(exception), locale);
	}

	/**
	 * A body Jackson cannot bind: the field's path and the type it must have, or the
	 * limit it broke (length, NaN); a body that is not JSON at all names {@code body}.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		UnreadableJson unreadable = UnreadableJson.of(exception);
		InvalidInputException invalid = (unreadable != null) ? unreadable.toInvalidInput()
				: new InvalidInputException(UnreadableJson.BODY, "json.error.syntax",
						new Object[] { UnreadableJson.BODY }, "The request body is not readable");
		return new ResponseEntity<>(
				this.inputErrors.problem(invalid, HttpStatus.BAD_REQUEST, LocaleContextHolder.getLocale()).getBody(),
				HttpStatus.BAD_REQUEST);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return new ResponseEntity<>(this.inputErrors.unsupportedMediaType(LocaleContextHolder.getLocale()).getBody(),
				headers, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return new ResponseEntity<>(
				this.inputErrors.uploadTooLarge(exception, LocaleContextHolder.getLocale()).getBody(),
				HttpStatus.CONTENT_TOO_LARGE);
	}

	/**
	 * A body that parsed but could not build its record (a constructor refusing a value):
	 * bad input naming the field. Failures to write a response stay server errors.
	 */
	@ExceptionHandler(HttpMessageConversionException.class)
	ResponseEntity<ProblemDetail> unconvertible(HttpMessageConversionException exception, Locale locale) {
		UnreadableJson unreadable = UnreadableJson.of(exception);
		if (exception instanceof HttpMessageNotWritableException || unreadable == null) {
			return ResponseEntity.internalServerError().body(unexpected(exception));
		}
		return this.inputErrors.problem(unreadable.toInvalidInput(), HttpStatus.BAD_REQUEST, locale);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException exception, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, exception.getMessage(), locale);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException exception, Locale locale) {
		// the exception names the object in English: French callers get the general text
		String detail = "en".equals(locale.getLanguage()) ? exception.getMessage()
				: this.inputErrors.text("api.problem.not-found", String.valueOf(exception.getMessage()), locale);
		return problem(HttpStatus.NOT_FOUND, detail, locale);
	}

	/** A path or query parameter of the wrong type (an id that is not a UUID). */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException exception, Locale locale) {
		return this.inputErrors.problem(
				new InvalidInputException(exception.getName(), "form.invalid.field",
						new Object[] { exception.getName() }, "'" + exception.getName() + "' has an invalid value"),
				HttpStatus.BAD_REQUEST, locale);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException exception, Locale locale) {
		return problem(HttpStatus.FORBIDDEN, this.inputErrors.text("api.problem.forbidden",
				"Your role does not grant the permission this action needs", locale), locale);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
				this.inputErrors.text("api.problem.fields-invalid", "Some fields are invalid", locale), locale);
		List<Map<String, String>> errors = exception.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.get(0).get("field"));
		}
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception exception) {
		log.error("Unexpected API error", exception);
		Locale locale = LocaleContextHolder.getLocale();
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, this.inputErrors.text("api.problem.unexpected",
				"An unexpected error occurred; it has been logged", locale), locale);
	}

	private ProblemDetail problem(HttpStatus status, @Nullable String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(this.inputErrors.title(status, locale));
		return problem;
	}

}
