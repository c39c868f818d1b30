package crmcopilot.campaigns.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.crm.CustomerData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The brief a marketer presents: key messages, three creative angles, Performance Max
 * text within Google's limits and a budget split, all from the run's data.
 */
class BriefContentTests {

	private static final String EXAMPLE = "Je veux faire une campagne de recrutement de nouveaux clients sur un produit "
			+ "moyen gamme de façon à recruter autant sur les CSP que les CSP+. Je souhaite définir les paramètres "
			+ "pour ma campagne display sur Pmax de Google.";

	@Test
	void should_refuse_asset_text_over_googles_limits() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AssetGroupText(List.of("x".repeat(31)), List.of(), List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AssetGroupText(List.of(), List.of("x".repeat(91)), List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AssetGroupText(List.of(), List.of(), List.of("x".repeat(91))));
		AssetGroupText atLimits = new AssetGroupText(List.of("x".repeat(30)), List.of("x".repeat(90)),
				List.of("x".repeat(90)));
		assertThat(atLimits.headlines()).singleElement().satisfies((h) -> assertThat(h).hasSize(30));
	}

	@Test
	void should_shorten_long_phrases_at_a_word_boundary_without_a_dangling_word() {
		assertThat(AssetGroupText.fit("rapport qualité-prix et paiement facilité", 30))
			.isEqualTo("Rapport qualité-prix");
		assertThat(AssetGroupText.fit("design, prix clairs et livraison rapide", 30)).isEqualTo("Design, prix clairs");
		assertThat(AssetGroupText.fit("clarté, service et garantie", 30)).isEqualTo("Clarté, service et garantie");
		assertThat(AssetGroupText.fit("Une offre moyen de gamme, pour un premier achat", 30))
			.isEqualTo("Une offre moyen de gamme");
		AssetGroupText assets = AssetGroupText.of(List.of("pour un premier achat", "Pour un premier achat", " "),
				List.of("a ".repeat(80)), List.of());
		assertThat(assets.headlines()).containsExactly("Pour un premier achat");
		assertThat(assets.longHeadlines()).allSatisfy((h) -> assertThat(h.length()).isLessThanOrEqualTo(90));
	}

	@Test
	void should_give_the_demo_brief_key_messages_three_angles_and_asset_text_within_limits() {
		CustomerData customers = SyntheticCustomers.generate(900, 1);
		ParsedBrief parsed = ParseCampaignBriefTask.parse(EXAMPLE);
		CampaignBrief brief = new CampaignBrief(EXAMPLE, parsed.objective(), parsed.media(), parsed.platform(),
				parsed.productRange(), parsed.targetHints(), null, null, 10_000.0, null, null, null);
		Analysis analysis = CampaignPipeline.analyse(new CampaignPipeline.Input(customers, null,
				ColumnMapping.guess(customers.columnNames()), 4, 5, 0, false, "fr", brief), CampaignPipeline.OFFLINE);
		for (Persona persona : analysis.personas()) {
			BriefContent content = BriefContent.of("Recrutement CSP / CSP+", brief, persona,
					analysis.profiles().get(persona.segment()), null, "fr");
			assertThat(content.keyMessages()).first().isEqualTo("Une offre moyen de gamme, pour un premier achat");
			assertThat(content.keyMessages()).hasSizeGreaterThan(1);
			assertThat(content.angles()).hasSize(3).allSatisfy((a) -> assertThat(a.text()).isNotBlank());
			assertThat(content.assets().headlines()).hasSizeGreaterThanOrEqualTo(3)
				.allSatisfy((h) -> assertThat(h.length()).isLessThanOrEqualTo(AssetGroupText.HEADLINE));
			assertThat(content.assets().longHeadlines()).isNotEmpty()
				.allSatisfy((h) -> assertThat(h.length()).isLessThanOrEqualTo(AssetGroupText.LONG_HEADLINE));
			assertThat(content.assets().descriptions()).hasSizeGreaterThanOrEqualTo(2)
				.allSatisfy((d) -> assertThat(d.length()).isLessThanOrEqualTo(AssetGroupText.DESCRIPTION));
			assertThat(content.kpis()).contains("coût par acquisition");
			// directions for the team (drive-to-store, mobile creatives) are angles, not
			// ad copy
			assertThat(content.assets().headlines()).noneMatch(BriefContent::forTheTeam);
			assertThat(content.assets().descriptions()).noneMatch((d) -> d.contains("Ce qu'ils achètent"));
			assertThat(content.budget()).isNotEmpty();
			assertThat(content.budget().stream().mapToInt(BriefContent.Share::percent).sum()).isEqualTo(100);
			assertThat(content.budget().stream().mapToLong((s) -> s.amount()).sum()).isBetween(9_990L, 10_010L);
		}
	}

	@Test
	void should_suggest_no_budget_split_when_the_data_has_no_purchase_channel() {
		SegmentProfile none = new SegmentProfile(0, 100, 0.25, List.of(), List.of(), List.of());
		assertThat(BriefContent.budget(none, 5_000.0)).isEmpty();
		SegmentProfile channels = new SegmentProfile(0, 100, 0.25, List.of(),
				List.of(new SegmentProfile.CategoryStat("channel", "web", 33, 0.333, 0.3, 111, 0.3),
						new SegmentProfile.CategoryStat("channel", "magasin", 33, 0.333, 0.3, 111, 0.3),
						new SegmentProfile.CategoryStat("channel", "catalogue", 34, 0.334, 0.4, 83, -0.3)),
				List.of());
		// the rounding goes to the largest channel, so that the split adds up to 100 %
		assertThat(BriefContent.budget(channels, null)).extracting(BriefContent.Share::percent)
			.containsExactly(33, 33, 34);
	}

}
