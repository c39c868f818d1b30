package crmcopilot.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import crmcopilot.shared.CsvReadException;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.Texts;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The text and status of bad input for people: the exception's message key resolved in
 * the reader's language (its English message when the key is missing), 413 for a file
 * over its size limit, 400 otherwise. Built by the error advices from the message source
 * (not a bean of its own, so a {@code @WebMvcTest} slice, which keeps only web
 * components, has everything the advices need).
 */
class InputErrorMessages {

	static final int MAX_TEXT_LENGTH = 1_000;

	private final MessageSource messages;

	InputErrorMessages(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The text, cut at {@link #MAX_TEXT_LENGTH} characters: a message quoting the input
	 * (a file's header, a value) never makes an error page or answer as large as the
	 * input.
	 */
	String text(InvalidInputException exception, Locale locale) {
		String key = exception.messageKey();
		String fallback = String.valueOf(exception.getMessage());
		String text = (key != null) ? this.messages.getMessage(key, exception.arguments(), fallback, locale) : fallback;
		return Texts.abbreviate(String.valueOf(text), MAX_TEXT_LENGTH);
	}

	/**
	 * problem+json for bad input: {@code field} names the field, {@code errors} lists it
	 * with its message.
	 */
	ResponseEntity<ProblemDetail> problem(InvalidInputException exception, HttpStatus status, Locale locale) {
		String message = text(exception, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setTitle(title(status, locale));
		problem.setProperty("field", exception.field());
		problem.setProperty("errors", List.of(Map.of("field", exception.field(), "message", message)));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The problem's title for a status, in the caller's language. */
	String title(HttpStatusCode status, Locale locale) {
		return this.messages.getMessage("api.problem.title." + status.value(), null,
				HttpStatus.valueOf(status.value()).getReasonPhrase(), locale);
	}

	/** A text of the API's own, in the caller's language. */
	String text(String key, String fallback, Locale locale) {
		return String.valueOf(this.messages.getMessage(key, null, fallback, locale));
	}

	/** A JSON route sent something else: the field is the {@code Content-Type} header. */
	ResponseEntity<ProblemDetail> unsupportedMediaType(Locale locale) {
		return problem(
				new InvalidInputException(HttpHeaders.CONTENT_TYPE, "json.error.media-type", new Object[0],
						"This route reads JSON: send Content-Type: application/json"),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, locale);
	}

	/** An upload over the multipart limits, refused before it is read any further. */
	ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException exception, Locale locale) {
		String limit = (exception.getMaxUploadSize() > 0)
				? DataSize.ofBytes(exception.getMaxUploadSize()).toMegabytes() + " MB" : "the server's";
		return problem(new InvalidInputException("file", "upload.error.too-large", new Object[] { limit },
				"The upload is larger than the limit of " + limit), HttpStatus.CONTENT_TOO_LARGE, locale);
	}

	static HttpStatus status(InvalidInputException exception) {
		return (exception instanceof CsvReadException csv && csv.tooLarge()) ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
	}

}
