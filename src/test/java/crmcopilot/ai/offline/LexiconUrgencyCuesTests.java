package crmcopilot.ai.offline;

import crmcopilot.ai.UrgencyCues.Signals;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconUrgencyCuesTests {

	private final LexiconUrgencyCues cues = new LexiconUrgencyCues();

	@Test
	void should_flag_an_angry_french_customer_threatening_legal_action_and_to_leave() {
		Signals signals = this.cues.analyse(
				"C'est INADMISSIBLE !!! Troisième relance, je vais résilier et saisir l'UFC-Que Choisir si rien n'est fait avant vendredi.");

		assertThat(signals.anger()).isGreaterThanOrEqualTo(0.5);
		assertThat(signals.churnThreat()).isTrue();
		assertThat(signals.legalThreat()).isTrue();
		assertThat(signals.deadline()).isTrue();
		assertThat(signals.sentiment()).isNegative();
		assertThat(signals.urgency()).isGreaterThan(0.7);
		assertThat(signals.cues()).contains("inadmissible", "je vais resilier", "ufc que choisir", "avant vendredi");
	}

	@Test
	void should_flag_an_english_customer_with_a_lawyer_and_a_deadline() {
		Signals signals = this.cues
			.analyse("This is unacceptable. If I get no refund by Friday I will pass this to my lawyer.");

		assertThat(signals.legalThreat()).isTrue();
		assertThat(signals.deadline()).isTrue();
		assertThat(signals.anger()).isPositive();
		assertThat(signals.churnThreat()).isFalse();
	}

	@Test
	void should_flag_an_english_churn_threat() {
		assertThat(this.cues.analyse("Fed up with the delays, I'll take my business elsewhere.").churnThreat())
			.isTrue();
	}

	@Test
	void should_find_nothing_urgent_in_a_calm_question() {
		Signals signals = this.cues
			.analyse("Bonjour, le grille-pain existe-t-il en version 4 fentes ? Merci beaucoup.");

		assertThat(signals.anger()).isZero();
		assertThat(signals.churnThreat()).isFalse();
		assertThat(signals.legalThreat()).isFalse();
		assertThat(signals.deadline()).isFalse();
		assertThat(signals.sentiment()).isPositive();
		assertThat(signals.urgency()).isLessThan(0.1);
	}

	@Test
	void should_not_take_a_short_delay_for_a_court() {
		assertThat(this.cues.analyse("Le délai est un peu court pour moi.").legalThreat()).isFalse();
	}

	@Test
	void should_count_words_in_capitals_between_any_white_space() {
		assertThat(this.cues.analyse("JE SUIS\tTRES\nFACHE contre vous").cues()).contains("CAPITALES");
		assertThat(this.cues.analyse(" JE SUIS TRES fache contre vous, vraiment, enfin").cues())
			.doesNotContain("CAPITALES");
		assertThat(this.cues.analyse("ÇA SUFFIT MAINTENANT ÉNORMÉMENT").cues()).contains("CAPITALES");
		assertThat(this.cues.analyse("NON! NON! NON!! N0N").cues()).doesNotContain("CAPITALES").contains("!!");
		assertThat(this.cues.analyse("STRASSE STRAßE GROß ok").cues()).doesNotContain("CAPITALES");
	}

	@Test
	void should_not_take_a_trip_for_a_customer_leaving_the_shop() {
		assertThat(this.cues.analyse("Je pars en voyage deux semaines, je peux mettre mon abonnement en pause ?")
			.churnThreat()).isFalse();
		assertThat(this.cues.analyse("Si rien ne bouge, je pars chez un concurrent.").churnThreat()).isTrue();
	}

}
