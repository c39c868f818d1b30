package crmcopilot.mail.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailNormaliserTests {

	private final MailNormaliser normaliser = new MailNormaliser();

	@Test
	void should_cut_french_gmail_quoted_history() {
		String body = """
				Bonjour,

				Toujours rien reçu pour la commande 48213.

				Le lun. 3 nov. 2025 à 10:12, Service client <contact@maison.fr> a écrit :
				> Bonjour, votre commande part demain.
				> Cordialement
				""";

		String text = this.normaliser.normalise(body, false);

		assertThat(text).isEqualTo("Bonjour,\n\nToujours rien reçu pour la commande 48213.");
	}

	@Test
	void should_cut_a_reply_header_wrapped_over_two_lines() {
		String body = "Merci, c'est noté.\n\nLe mar. 4 nov. 2025 à 09:00, Maison Démo Service Client\n<contact@maison.fr> a écrit :\n> ancien message";

		assertThat(this.normaliser.normalise(body, false)).isEqualTo("Merci, c'est noté.");
	}

	@Test
	void should_cut_english_on_wrote_and_outlook_headers() {
		assertThat(this.normaliser
			.normalise("Where is it?\n\nOn Mon, Nov 3, 2025 at 10:12 AM Shop <a@b.com> wrote:\n> old", false))
			.isEqualTo("Where is it?");
		String outlook = """
				Please cancel it.

				From: Shop <shop@example.com>
				Sent: Monday, November 3, 2025 10:12
				To: Jane <jane@example.com>
				Subject: Your order
				Old text here
				""";
		assertThat(this.normaliser.normalise(outlook, false)).isEqualTo("Please cancel it.");
		String french = "Voici ma facture.\n\nDe : Boutique <b@b.fr>\nEnvoyé : lundi 3 novembre 2025\nÀ : moi\nObjet : commande\nvieux texte";
		assertThat(this.normaliser.normalise(french, false)).isEqualTo("Voici ma facture.");
		assertThat(this.normaliser.normalise("Ok.\n-----Original Message-----\nold", false)).isEqualTo("Ok.");
	}

	@Test
	void should_remove_signatures_in_both_languages() {
		assertThat(
				this.normaliser.normalise("Le colis est abîmé.\n\nCordialement,\nJean Dupont\n06 12 34 56 78", false))
			.isEqualTo("Le colis est abîmé.");
		assertThat(this.normaliser.normalise("It arrived broken.\n\nBest regards,\nJane\nACME Ltd", false))
			.isEqualTo("It arrived broken.");
		assertThat(this.normaliser.normalise("Merci !\n-- \nJean\nwww.jean.fr", false)).isEqualTo("Merci !");
		assertThat(this.normaliser.normalise("Où est mon colis ?\n\nEnvoyé de mon iPhone", false))
			.isEqualTo("Où est mon colis ?");
	}

	@Test
	void should_keep_a_closing_word_that_is_not_near_the_end() {
		String body = "Cordialement\nJe reviens vers vous car :\n1. le colis\n2. la facture\n3. le retour\n4. le bon\n5. l'avoir\n6. encore\n7. fin";

		assertThat(this.normaliser.normalise(body, false)).startsWith("Cordialement\nJe reviens");
	}

	@Test
	void should_strip_html_and_its_quoted_blocks() {
		String html = """
				<html><head><style>p{color:red}</style></head><body>
				<p>Bonjour,</p><p>Ma commande <b>48213</b> n&#39;est pas arrivée.<br>Merci</p>
				<div class="gmail_quote">Le lun. 3 nov. a écrit : <blockquote>vieux</blockquote></div>
				<script>alert(1)</script></body></html>""";

		String text = this.normaliser.normalise(html, true);

		assertThat(text).isEqualTo("Bonjour,\n\nMa commande 48213 n'est pas arrivée.\nMerci");
	}

	@Test
	void should_detect_html_without_being_told() {
		assertThat(this.normaliser.normalise("<p>Hello <i>there</i></p>", false)).isEqualTo("Hello there");
		assertThat(this.normaliser.normalise("3 < 4 and 5 > 2", false)).isEqualTo("3 < 4 and 5 > 2");
	}

	@Test
	void should_fall_back_to_the_whole_text_when_everything_looks_quoted() {
		assertThat(this.normaliser.normalise("> only a quote", false)).isEqualTo("> only a quote");
	}

}
