package crmcopilot.learning.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import crmcopilot.learning.internal.NonFiniteModelException;
import crmcopilot.learning.internal.federation.NotEnoughContributorsException;
import crmcopilot.learning.internal.training.DatasetTooLargeException;
import crmcopilot.learning.internal.training.WorseThanDeployedException;
import crmcopilot.shared.CsvReadException;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.UnreadableJson;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the training API in its own envelope, {@code {"success": false, "error":
 * {"code", "message", "field"?}}}; scoped to this module's controllers and ordered before
 * the application-wide problem+json handler.
 */
@RestControllerAdvice(assignableTypes = { TrainingApiController.class, FederationApiController.class,
		AgentHookController.class, SecureAgentHookController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrainingApiErrors {

	private static final Logger log = LoggerFactory.getLogger(TrainingApiErrors.class);

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Envelope> invalid(InvalidInputException ex) {
		return respond(HttpStatus.BAD_REQUEST, "invalid_input", ex.getMessage(), Map.of("field", ex.field()));
	}

	@ExceptionHandler(CsvReadException.class)
	ResponseEntity<Envelope> unreadableCsv(CsvReadException ex) {
		return ex.tooLarge()
				? respond(HttpStatus.CONTENT_TOO_LARGE, "too_large", ex.getMessage(), Map.of("field", ex.field()))
				: invalid(ex);
	}

	@ExceptionHandler(DatasetTooLargeException.class)
	ResponseEntity<Envelope> datasetTooLarge(DatasetTooLargeException ex) {
		return respond(HttpStatus.CONTENT_TOO_LARGE, "too_large", ex.getMessage(), Map.of("field", ex.field()));
	}

	/** A deploy that would serve a lower-scoring model: both scores, to decide on. */
	@ExceptionHandler(WorseThanDeployedException.class)
	ResponseEntity<Envelope> worse(WorseThanDeployedException ex) {
		Map<String, Object> scores = new LinkedHashMap<>();
		scores.put("field", ex.field());
		scores.put("candidateVersion", ex.candidateVersion());
		scores.put("candidateAuc", ex.candidateAuc());
		scores.put("deployedVersion", ex.deployedVersion());
		scores.put("deployedAuc", ex.deployedAuc());
		return respond(HttpStatus.CONFLICT, "worse_than_deployed", ex.getMessage(), scores);
	}

	/** A model with NaN or infinite weights or metrics, refused by the stores. */
	@ExceptionHandler(NonFiniteModelException.class)
	ResponseEntity<Envelope> nonFinite(NonFiniteModelException ex) {
		return respond(HttpStatus.UNPROCESSABLE_CONTENT, "non_finite_model", ex.getMessage(), Map.of());
	}

	@ExceptionHandler(NotEnoughContributorsException.class)
	ResponseEntity<Envelope> notEnough(NotEnoughContributorsException ex) {
		return respond(HttpStatus.BAD_REQUEST, "not_enough_contributors", ex.getMessage(),
				Map.of("field", "minContributors", "available", ex.available(), "required", ex.required()));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Envelope> notFound(NotFoundException ex) {
		return respond(HttpStatus.NOT_FOUND, "not_found", ex.getMessage(), Map.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Envelope> forbidden(AccessDeniedException ex) {
		return respond(HttpStatus.FORBIDDEN, "forbidden", "your role does not grant the permission this action needs",
				Map.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Envelope> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return respond(HttpStatus.BAD_REQUEST, "invalid_input", "'" + ex.getName() + "' has an invalid value",
				Map.of("field", ex.getName()));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<Envelope> missing(MissingServletRequestParameterException ex) {
		return respond(HttpStatus.BAD_REQUEST, "invalid_input", "'" + ex.getParameterName() + "' is required",
				Map.of("field", ex.getParameterName()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Envelope> unreadable(HttpMessageNotReadableException ex) {
		UnreadableJson unreadable = UnreadableJson.of(ex);
		return respond(HttpStatus.BAD_REQUEST, "invalid_input",
				(unreadable != null) ? unreadable.englishMessage()
						: "the request body is not valid JSON for this endpoint",
				Map.of("field", (unreadable != null) ? unreadable.field() : UnreadableJson.BODY));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Envelope> unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
				"this route does not read " + ex.getContentType(), Map.of("field", "Content-Type"));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Envelope> illegal(IllegalArgumentException ex) {
		return respond(HttpStatus.BAD_REQUEST, "invalid_input", ex.getMessage(), Map.of());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Envelope> unexpected(Exception ex) {
		log.error("Unexpected training API error", ex);
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
				"an unexpected error occurred; it has been logged", Map.of());
	}

	private static ResponseEntity<Envelope> respond(HttpStatus status, String code, String message,
			Map<String, Object> extra) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", code);
		error.put("message", message);
		error.putAll(extra);
		return ResponseEntity.status(status).body(Envelope.error(error));
	}

}
