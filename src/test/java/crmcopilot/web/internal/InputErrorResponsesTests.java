package crmcopilot.web.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.CsvReadException;
import crmcopilot.shared.CsvReader;
import crmcopilot.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bad input is answered in the reader's language, a file over its limit with 413. */
class InputErrorResponsesTests {

	private final StaticMessageSource messages = new StaticMessageSource();

	private final InputErrorMessages inputErrors = new InputErrorMessages(this.messages);

	InputErrorResponsesTests() {
		this.messages.addMessage("test.too-short", Locale.FRENCH, "Le nom doit compter au moins {0} caractères.");
	}

	@Test
	void should_answer_the_api_with_the_key_in_the_readers_language() {
		InvalidInputException invalid = new InvalidInputException("name", "test.too-short", new Object[] { 3 },
				"the name needs at least 3 characters");

		ResponseEntity<ProblemDetail> response = new ApiExceptionHandler(this.messages).invalidInput(invalid,
				Locale.FRENCH);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).isNotNull().satisfies((problem) -> {
			assertThat(problem.getDetail()).isEqualTo("Le nom doit compter au moins 3 caractères.");
			assertThat(problem.getProperties()).containsEntry("field", "name");
		});
	}

	@Test
	void should_fall_back_to_the_message_when_the_key_is_missing() {
		InvalidInputException invalid = new InvalidInputException("name", "test.unknown", new Object[0],
				"the name is taken");

		assertThat(this.inputErrors.text(invalid, Locale.FRENCH)).isEqualTo("the name is taken");
	}

	@Test
	void should_answer_413_naming_the_field_for_a_csv_file_over_its_limit() {
		byte[] content = ("name,city\n" + "Awa,Dakar\n".repeat(200)).getBytes(StandardCharsets.UTF_8);
		CsvReadException tooLarge = catchThrowableOfType(CsvReadException.class, () -> {
			try (CsvReader csv = CsvReader.open(new ByteArrayInputStream(content), "file",
					CsvLimits.DEFAULT.withMaxBytes(100))) {
				while (csv.next() != null) {
					// reads until the limit is crossed
				}
			}
		});

		ResponseEntity<ProblemDetail> api = new ApiExceptionHandler(this.messages).invalidInput(tooLarge,
				Locale.ENGLISH);
		ModelAndView page = new PageErrors(this.messages).invalidInput(tooLarge,
				new MockHttpServletRequest("POST", "/upload"), Locale.ENGLISH);

		assertThat(tooLarge.tooLarge()).isTrue();
		assertThat(api.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(api.getBody()).isNotNull()
			.satisfies((problem) -> assertThat(problem.getProperties()).containsEntry("field", "file"));
		assertThat(page.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(page.getModel()).containsEntry("status", 413);
	}

}
