package crmcopilot.campaigns.internal;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.crm.CustomerData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personas a marketer can present: correct French backed by the statistics, a fit to the
 * brief with its reason, one recommended, a visual that draws only what the data says.
 */
class PersonaForBriefTests {

	private static final String EXAMPLE = "Je veux faire une campagne de recrutement de nouveaux clients sur un produit "
			+ "moyen gamme de façon à recruter autant sur les CSP que les CSP+. Je souhaite définir les paramètres "
			+ "pour ma campagne display sur Pmax de Google.";

	private final CustomerData customers = SyntheticCustomers.generate(900, 1);

	private final CampaignBrief brief = brief();

	private Analysis analyse(String language) {
		return CampaignPipeline.analyse(new CampaignPipeline.Input(this.customers, null,
				ColumnMapping.guess(this.customers.columnNames()), 4, 5, 0, false, language, this.brief),
				CampaignPipeline.OFFLINE);
	}

	@Test
	void should_recommend_the_persona_that_fits_the_brief_best_and_say_why_with_the_briefs_terms() {
		Analysis analysis = analyse("fr");
		assertThat(analysis.personas()).allSatisfy((p) -> {
			assertThat(p.fit()).isBetween(0.0, 1.0);
			assertThat(p.fitReason()).contains("CSP / CSP+", "moyen de gamme", "objectif d'acquisition");
		});
		Persona best = analysis.personas().stream().max(Comparator.comparingDouble(Persona::fit)).orElseThrow();
		assertThat(analysis.recommended()).isEqualTo(best.segment());
		assertThat(analyse("en").personas().get(0).fitReason()).contains("percentile", "acquisition objective");
	}

	@Test
	void should_write_french_without_raw_quoted_values_or_plural_marks() {
		for (Persona persona : analyse("fr").personas()) {
			String text = persona.text().name() + " " + persona.text().summary() + " " + persona.text().description()
					+ " " + persona.visualDescription();
			assertThat(text).as(text).doesNotContain("«", "»", "(s)", "ont pour");
			assertThat(persona.text().name()).as(persona.text().name()).startsWith("Les ");
			assertThat(persona.text().name()).doesNotMatch(".* [A-ZÉ][a-zé]+$");
		}
	}

	@Test
	void should_state_the_income_percentile_once_for_every_brief_term_it_answers() {
		for (Persona persona : analyse("fr").personas()) {
			String reason = String.valueOf(persona.fitReason());
			assertThat(reason.split("centile", -1)).as(reason).hasSizeLessThanOrEqualTo(2);
		}
	}

	@Test
	void should_not_repeat_the_summary_in_the_description() {
		for (Persona persona : analyse("fr").personas()) {
			String summary = persona.text().summary();
			for (String sentence : summary.substring(summary.indexOf('.') + 1).split("(?<=\\.) ")) {
				if (!sentence.isBlank()) {
					assertThat(persona.text().description()).as(summary).doesNotContain(sentence.strip());
				}
			}
		}
	}

	@Test
	void should_promise_family_products_only_to_families() {
		for (Persona persona : analyse("fr").personas()) {
			SegmentProfile profile = analyse("fr").profiles().get(persona.segment());
			boolean families = profile.mode("family").map((f) -> f.value().contains("famil")).orElse(false);
			if (persona.text().description().contains("pour la famille")) {
				assertThat(families).as(persona.text().description()).isTrue();
			}
		}
	}

	@Test
	void should_draw_neither_gender_nor_habitat_the_data_does_not_support() {
		SegmentProfile unknown = new SegmentProfile(0, 100, 0.25, List.of(), List.of(), List.of());
		PersonaVisual.Attributes attributes = PersonaVisual.attributes(unknown);
		assertThat(attributes.woman()).isNull();
		assertThat(attributes.house()).isNull();
		assertThat(attributes.area()).isNull();
		assertThat(PersonaVisual.describe(attributes, "fr"))
			.isEqualTo("Une personne d'environ 40 ans ; foyer de 2 personnes.");
		SegmentProfile split = new SegmentProfile(0, 100, 0.25, List.of(),
				List.of(new SegmentProfile.CategoryStat("gender", "Mme", 55, 0.55, 0.5, 110, 0.3),
						new SegmentProfile.CategoryStat("gender", "M.", 45, 0.45, 0.5, 90, -0.3),
						new SegmentProfile.CategoryStat("zone", "périurbain", 70, 0.7, 0.4, 175, 2),
						new SegmentProfile.CategoryStat("housing", "maison", 80, 0.8, 0.5, 160, 2)),
				List.of());
		PersonaVisual.Attributes periurban = PersonaVisual.attributes(split);
		assertThat(periurban.woman()).isNull();
		assertThat(PersonaVisual.describe(periurban, "fr")).contains("devant une maison, en périphérie")
			.doesNotContain("ville");
	}

	@Test
	void should_reject_a_gender_or_a_habitat_the_statistics_do_not_show() {
		SegmentProfile profile = new SegmentProfile(0, 100, 0.25, List.of(),
				List.of(new SegmentProfile.CategoryStat("gender", "Mme", 52, 0.52, 0.5, 104, 0.1),
						new SegmentProfile.CategoryStat("zone", "périurbain", 70, 0.7, 0.4, 175, 2)),
				List.of());
		assertThat(PersonaClaims.unsupported("Des femmes qui vivent à la campagne, en maison.", profile, "fr"))
			.hasSize(2)
			.anyMatch((p) -> p.contains("campagne"))
			.anyMatch((p) -> p.contains("maison"));
		assertThat(PersonaClaims.unsupported("Des femmes de la périphérie.", profile, "fr")).isEmpty();
		assertThat(PersonaClaims.unsupported("Des citadins.", profile, "fr")).singleElement()
			.satisfies((p) -> assertThat(p).contains("citadins"));
	}

	private static CampaignBrief brief() {
		ParsedBrief parsed = ParseCampaignBriefTask.parse(EXAMPLE);
		return new CampaignBrief(EXAMPLE, parsed.objective(), parsed.media(), parsed.platform(), parsed.productRange(),
				parsed.targetHints(), null, null, null, null, null, null);
	}

}
