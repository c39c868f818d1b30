package crmcopilot.support.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SupportLanguagesTests {

	private final SupportLanguages languages = new SupportLanguages((text) -> "und");

	@Test
	void should_read_a_short_french_question_with_an_english_brand_name_as_french() {
		assertThat(this.languages.detect("Acceptez-vous les cartes American Express ?")).isEqualTo("fr");
	}

	@Test
	void should_read_a_short_english_question_as_english() {
		assertThat(this.languages.detect("Do you ship to Dakar?")).isEqualTo("en");
	}

	@Test
	void should_leave_a_mixed_or_wordless_message_to_the_detector() {
		assertThat(this.languages.detect("Merci, thanks")).isEqualTo("und");
		assertThat(this.languages.detect("Hola, ¿tienen la chaqueta en talla 46?")).isEqualTo("und");
	}

	@Test
	void should_leave_a_message_too_short_to_tell_to_the_workspace_language() {
		assertThat(this.languages.detect("paypal ok ?")).isEqualTo("und");
		assertThat(this.languages.detect("wave ok ?")).isEqualTo("und");
		assertThat(this.languages.detect("vous prenez paypal ?")).isEqualTo("fr");
		assertThat(this.languages.detect("refund please")).isEqualTo("en");
	}

	@Test
	void should_settle_a_message_with_many_more_words_of_one_language() {
		assertThat(this.languages.detect("Bonjour, je n'ai pas reçu ma commande, the order")).isEqualTo("fr");
	}

}
