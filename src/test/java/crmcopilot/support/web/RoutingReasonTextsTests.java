package crmcopilot.support.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingReasonTextsTests {

	private final RoutingReasonTexts texts = new RoutingReasonTexts(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void should_state_a_grounding_in_the_readers_language() {
		String stored = "grounded:Moyens de paiement:0.50:0.35";

		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.texts.text(stored))
			.isEqualTo("fondée sur « Moyens de paiement » (couverture 0,50, similarité 0,35)");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.texts.text(stored))
			.isEqualTo("grounded on “Moyens de paiement” (coverage 0.50, similarity 0.35)");
	}

	@Test
	void should_state_a_holding_reply_and_the_closest_article_in_english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(this.texts.text("holding:en; closest:Retours:0.20:0.31"))
			.isEqualTo("holding reply: no article in “en” answers the question ; "
					+ "the closest, “Retours”, is below the floor (coverage 0.20, similarity 0.31)");
	}

	@Test
	void should_state_the_priority_reasons_in_english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(this.texts.text("urgency:0.90; cues:avocat, remboursé; legal-threat; follow-up"))
			.isEqualTo("urgency 0.90 ; cues: avocat, remboursé ; legal threat ; follow-up left unanswered (SLA)");
		assertThat(this.texts.text("classified:Remboursement:87"))
			.isEqualTo("classifier: Remboursement at 87 % (most likely existing category)");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/support");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
