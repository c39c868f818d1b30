package crmcopilot.web.internal;

import java.util.Locale;

import crmcopilot.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class InputErrorMessagesTests {

	@Test
	void should_cut_a_message_that_quotes_a_huge_input() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("import.error.header", Locale.ENGLISH, "Unknown columns: {0}");
		String header = "colonne,".repeat(1_000_000);

		String text = new InputErrorMessages(messages).text(
				new InvalidInputException("file", "import.error.header", new Object[] { header }, "unknown columns"),
				Locale.ENGLISH);

		assertThat(text).startsWith("Unknown columns: colonne,").endsWith("…");
		assertThat(text.length()).isLessThanOrEqualTo(InputErrorMessages.MAX_TEXT_LENGTH);
	}

}
