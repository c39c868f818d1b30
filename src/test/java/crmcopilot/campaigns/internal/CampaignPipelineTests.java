package crmcopilot.campaigns.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import crmcopilot.campaigns.Platform;
import crmcopilot.campaigns.Objective;
import crmcopilot.campaigns.Media;
import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.crm.CustomerData;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignPipelineTests {

	private static final String EXAMPLE = "Je veux faire une campagne de recrutement de nouveaux clients sur un produit "
			+ "moyen gamme de façon à recruter autant sur les CSP que les CSP+. Je souhaite définir les paramètres "
			+ "pour ma campagne display sur Pmax de Google.";

	private final CustomerData customers = SyntheticCustomers.generate(900, 1);

	private final CampaignPipeline.Input input = new CampaignPipeline.Input(this.customers, null,
			ColumnMapping.guess(this.customers.columnNames()), 3, 5, 0, true, "fr", null);

	@Test
	void should_parse_the_example_brief_into_the_structured_fields() {
		ParsedBrief brief = ParseCampaignBriefTask.parse(EXAMPLE);
		assertThat(brief.objective()).isEqualTo(Objective.ACQUISITION);
		assertThat(brief.media()).isEqualTo(Media.DISPLAY);
		assertThat(brief.platform()).isEqualTo(Platform.PMAX);
		assertThat(brief.productRange()).isEqualTo("moyen de gamme");
		assertThat(brief.targetHints()).containsExactly("CSP", "CSP+");
	}

	@Test
	void should_parse_other_briefs_with_the_dictionaries() {
		ParsedBrief brief = ParseCampaignBriefTask
			.parse("Campagne vidéo de notoriété sur DV360 pour la gamme premium, budget de 80 000 €, cible familles.");
		assertThat(brief.objective()).isEqualTo(Objective.AWARENESS);
		assertThat(brief.media()).isEqualTo(Media.VIDEO);
		assertThat(brief.platform()).isEqualTo(Platform.DV360);
		assertThat(brief.productRange()).isEqualTo("haut de gamme");
		assertThat(brief.budget()).isEqualTo(80_000.0);
		assertThat(brief.targetHints()).contains("familles");
	}

	@Test
	void should_find_the_three_groups_and_describe_them() {
		Analysis analysis = CampaignPipeline.analyse(this.input, CampaignPipeline.OFFLINE);
		assertThat(analysis.charts().sizes()).containsExactlyInAnyOrder(300, 300, 300);
		assertThat(analysis.derived()).contains("age", "recency", "basket", "age_band");
		assertThat(analysis.imputations()).anyMatch((i) -> i.feature().equals("income") && i.missing() == 18);
		assertThat(analysis.suggestion()).isNotNull();
		assertThat(analysis.suggestion().suggestedK()).isEqualTo(3);
		assertThat(analysis.personas()).hasSize(3).allSatisfy((persona) -> {
			assertThat(persona.card()).hasSize(8);
			assertThat(persona.svg()).startsWith("<svg").endsWith("</svg>");
			assertThat(persona.text().summary()).isNotBlank();
			assertThat(persona.engine()).isEqualTo("offline");
		});
		assertThat(analysis.charts().points()).isNotEmpty();
		assertThat(analysis.charts().crossTables()).containsKeys("csp", "family", "channel");
	}

	@Test
	void should_give_the_same_analysis_for_the_same_seed() {
		Analysis first = CampaignPipeline.analyse(this.input, CampaignPipeline.OFFLINE);
		Analysis second = CampaignPipeline.analyse(this.input, CampaignPipeline.OFFLINE);
		assertThat(second.labels()).isEqualTo(first.labels());
		assertThat(second.personas()).isEqualTo(first.personas());
	}

	@Test
	void should_state_only_facts_the_statistics_support() {
		for (String language : List.of("fr", "en")) {
			Analysis analysis = CampaignPipeline
				.analyse(
						new CampaignPipeline.Input(this.customers, null,
								ColumnMapping.guess(this.customers.columnNames()), 3, 5, 0, false, language, null),
						CampaignPipeline.OFFLINE);
			for (int s = 0; s < 3; s++) {
				SegmentProfile profile = analysis.profiles().get(s);
				PersonaText text = analysis.personas().get(s).text();
				assertThat(PersonaClaims.unsupported(text.summary() + " " + text.description(), profile, language))
					.as("%s persona %d: %s", language, s, text)
					.isEmpty();
				assertThat(profile.traits()).hasSizeBetween(3, 5);
			}
		}
	}

	@Test
	void should_reject_text_that_contradicts_the_statistics() {
		Analysis analysis = CampaignPipeline.analyse(this.input, CampaignPipeline.OFFLINE);
		SegmentProfile seniors = analysis.profiles()
			.stream()
			.filter((p) -> p.numeric("age").orElseThrow().z() > 1)
			.findFirst()
			.orElseThrow();
		assertThat(PersonaClaims.unsupported("Ils sont plus jeunes que la moyenne.", seniors, "fr")).hasSize(1);
		assertThat(PersonaClaims.unsupported("93 % sont propriétaires, indice 512.", seniors, "fr")).hasSize(2);
		assertThat(PersonaClaims.unsupported("They are wealthier than average.", seniors, "en")).isNotEmpty();
		assertThat(PersonaClaims.unsupported("Ils sont nettement plus âgés que la moyenne.", seniors, "fr")).isEmpty();
		DescribePersonaTask task = new DescribePersonaTask();
		assertThat(task.validate(new PersonaText("x", "Ils sont plus jeunes que la moyenne.", ""),
				new DescribePersonaTask.Request(seniors, "fr")))
			.contains("plus jeunes");
	}

	@Test
	void should_produce_valid_performance_max_and_dv360_targeting() {
		Analysis analysis = CampaignPipeline.analyse(this.input, CampaignPipeline.OFFLINE);
		ParsedBrief parsed = ParseCampaignBriefTask.parse(EXAMPLE);
		for (Platform platform : Platform.values()) {
			CampaignBrief brief = new CampaignBrief(EXAMPLE, parsed.objective(), parsed.media(), platform,
					parsed.productRange(), parsed.targetHints(), null, null, null, null, null, null);
			for (int s = 0; s < 3; s++) {
				DspTargeting.Instructions dsp = DspTargeting.of(brief, analysis.profiles().get(s),
						analysis.incomePercentiles()[s]);
				assertThat(dsp.variables()).hasSizeBetween(3, 5);
				assertThat(TargetingValues.invalid(dsp)).isEmpty();
				assertThat(dsp.warnings()).anyMatch((w) -> w.contains("US"));
			}
		}
	}

	@Test
	void should_detect_invalid_enum_values() {
		DspTargeting.Instructions bad = new DspTargeting.Instructions(Platform.DV360, List.of(),
				Map.of("createRequests",
						List.of(Map.of("targetingType", "TARGETING_TYPE_AGE_RANGE", "assignedTargetingOptions",
								List.of(Map.of("ageRangeDetails", Map.of("ageRange", "AGE_18_30")))))),
				List.of());
		assertThat(TargetingValues.invalid(bad)).containsExactly("TARGETING_TYPE_AGE_RANGE AGE_18_30");
	}

}
