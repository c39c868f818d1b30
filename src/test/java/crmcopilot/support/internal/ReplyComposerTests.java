package crmcopilot.support.internal;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyComposerTests {

	private static Article macro(String body) {
		return new Article(UUID.randomUUID(), Article.MACRO, "m", body, "fr", null, null);
	}

	@Test
	void should_find_order_numbers_written_in_several_ways() {
		assertThat(ReplyComposer.orderNumber("ma commande n° 48213 n'est pas là")).contains("48213");
		assertThat(ReplyComposer.orderNumber("Order #77120 shipped")).contains("77120");
		assertThat(ReplyComposer.orderNumber("commande CMD-004512")).contains("CMD-004512");
		assertThat(ReplyComposer.orderNumber("réf #5521903")).contains("5521903");
		assertThat(ReplyComposer.orderNumber("j'ai 2 commandes")).isEmpty();
	}

	@Test
	void should_fill_placeholders_from_the_message_and_the_workspace() {
		ReplyComposer.Composition composition = ReplyComposer.compose(
				macro("Commande {{numero_commande}} : nous répondons {{horaires}}."), "fr", "Claire",
				"commande 48213 ?", Map.of("horaires", "de 9 h à 18 h"), "Maison");

		assertThat(composition.complete()).isTrue();
		assertThat(composition.reply()).isEqualTo(
				"Bonjour Claire,\n\nCommande 48213 : nous répondons de 9 h à 18 h.\n\nBien cordialement,\nLe service client Maison");
	}

	@Test
	void should_leave_out_an_order_number_the_message_does_not_give_only_after_the_word_it_numbers() {
		ReplyComposer.Composition after = ReplyComposer.compose(
				macro("Suivez votre commande n° {{numero_commande}} dans votre espace client."), "fr", null,
				"où en est ma commande ?", Map.of(), "Maison");
		ReplyComposer.Composition alone = ReplyComposer.compose(macro("{{numero_commande}} : expédiée."), "fr", null,
				"où en est ma commande ?", Map.of(), "Maison");

		assertThat(after.complete()).isTrue();
		assertThat(after.reply()).contains("Suivez votre commande dans votre espace client.");
		assertThat(alone.complete()).isFalse();
		assertThat(alone.missing()).containsExactly("numero_commande");
	}

	@Test
	void should_report_what_it_cannot_fill_instead_of_inventing_it() {
		ReplyComposer.Composition composition = ReplyComposer.compose(macro("Votre avoir {{code_avoir}}."), "fr", null,
				"texte", Map.of(), "Maison");

		assertThat(composition.complete()).isFalse();
		assertThat(composition.missing()).containsExactly("code_avoir");
	}

}
