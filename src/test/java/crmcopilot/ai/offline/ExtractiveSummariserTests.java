package crmcopilot.ai.offline;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractiveSummariserTests {

	private final ExtractiveSummariser summariser = new ExtractiveSummariser();

	@Test
	void should_keep_the_informative_sentences_of_a_french_email_without_greeting_or_signature() {
		String email = """
				Bonjour Madame,

				J'ai commandé un lave-linge LL-8 le 3 mars (commande 45872). Il a été livré lundi.
				Depuis hier il affiche l'erreur E21 et ne vidange plus, l'eau reste dans le tambour.
				Il fait beau aujourd'hui. Pouvez-vous envoyer un technicien avant vendredi ?

				Merci d'avance.
				Cordialement,
				Marie Dupont
				06 12 34 56 78
				> Le 2 mars, Service client a écrit :
				> Votre commande est confirmée.
				""";

		List<String> sentences = this.summariser.summarySentences(email, 2);

		assertThat(sentences).hasSize(2);
		assertThat(String.join(" ", sentences)).contains("45872")
			.contains("E21")
			.doesNotContain("Bonjour")
			.doesNotContain("Cordialement")
			.doesNotContain("Marie Dupont")
			.doesNotContain("confirmée")
			.doesNotContain("beau");
	}

	@Test
	void should_summarise_an_english_email_in_its_original_order() {
		String email = """
				Hi Tom,
				I'm writing about my order 77120. The parcel is marked as delivered but I never got it.
				I checked with my neighbours and nobody has it. Could you open an investigation with the carrier?
				Thanks in advance,
				Paul
				Sent from my iPhone
				""";

		String summary = this.summariser.summarise(email, "en", 2);

		assertThat(summary).contains("never got it").doesNotContain("Hi Tom").doesNotContain("Paul");
		assertThat(summary.indexOf("77120") < 0 || summary.indexOf("77120") < summary.indexOf("never got it")).isTrue();
	}

	@Test
	void should_return_a_short_message_whole_and_trim_long_sentences() {
		assertThat(this.summariser.summarise("Bonjour, où est mon colis ?", "fr", 3)).isEqualTo("Où est mon colis ?");

		String longSentence = "Le produit " + "vraiment ".repeat(60) + "ne fonctionne pas.";
		String summary = this.summariser.summarise(longSentence, "fr", 1);
		assertThat(summary).hasSizeLessThanOrEqualTo(ExtractiveSummariser.MAX_SENTENCE_LENGTH).endsWith("…");
	}

	@Test
	void should_keep_a_request_that_starts_like_a_polite_formula() {
		String message = "Merci de me rembourser la commande 44120 sur ma carte bancaire et non en bon d'achat.";

		assertThat(this.summariser.summarise(message, "fr", 1)).contains("44120");
	}

}
