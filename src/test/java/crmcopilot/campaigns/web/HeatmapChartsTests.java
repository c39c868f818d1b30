package crmcopilot.campaigns.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import crmcopilot.campaigns.internal.Visualisations;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeatmapChartsTests {

	private final HeatmapCharts charts = new HeatmapCharts(messages());

	private final Visualisations visualisations = new Visualisations(new int[] { 60, 40 }, List.of(),
			new double[] { 0.5, 0.2 }, List.of("age", "income", "csp=CSP+", "owner=oui"),
			List.of(new double[] { 1.2, -0.8 }, new double[] { 0.1, -0.1 }, new double[] { 180, 40 },
					new double[] { 95, 108 }),
			Map.of());

	@Test
	void should_never_put_z_scores_and_indices_on_one_chart() {
		HeatmapCharts.Charts split = this.charts.of(this.visualisations, Locale.FRENCH);
		assertThat(split.numeric().values()).containsExactly(new double[] { 1.2, -0.8 }, new double[] { 0.1, -0.1 });
		assertThat(split.categories().values()).containsExactly(new double[] { 180, 40 }, new double[] { 95, 108 });
	}

	@Test
	void should_label_every_row_in_the_readers_language() {
		assertThat(this.charts.of(this.visualisations, Locale.FRENCH).numeric().rows()).containsExactly("Âge",
				"Revenu");
		assertThat(this.charts.of(this.visualisations, Locale.FRENCH).categories().rows()).containsExactly("CSP : CSP+",
				"Propriétaire : oui");
		assertThat(this.charts.of(this.visualisations, Locale.ENGLISH).categories().rows())
			.containsExactly("Socio-professional category: CSP+", "Homeowner: oui");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/campaigns");
		messages.setDefaultEncoding("UTF-8");
		messages.setAlwaysUseMessageFormat(true);
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
