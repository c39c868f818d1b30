package crmcopilot.opportunities.internal;

import java.time.LocalDate;

import crmcopilot.opportunities.ExtractionRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LetterheadTests {

	private static String account(String text) {
		return new RuleBasedOpportunityExtractor().extract(ExtractionRequest.of(text, LocalDate.of(2026, 3, 2)))
			.accountName()
			.value();
	}

	@Test
	void should_take_the_account_from_the_letterhead_before_the_email_domain() {
		String letter = """
				PORT AUTONOME DE DAKAR
				Direction des Systèmes d'Information
				21, boulevard de la Libération - BP 3195 Dakar

				Objet : demande de cotation pour 50 ordinateurs portables

				Monsieur,
				Nous vous prions de nous faire parvenir votre meilleure offre avant le 15 avril 2026.
				Contact : moussa.fall@portdakar.sn / dsi@portdakar.sn
				""";
		assertThat(account(letter)).isEqualTo("Port Autonome de Dakar");
	}

	@Test
	void should_keep_the_company_of_a_note_that_opens_with_a_follow_up_word() {
		assertThat(account("Relance Sonatel : Awa confirme le budget, décision fin mars.")).isEqualTo("Sonatel");
		assertThat(account("Compte rendu réunion Kirene : le comité valide le périmètre ERP, démo mardi."))
			.isEqualTo("Kirene");
	}

}
