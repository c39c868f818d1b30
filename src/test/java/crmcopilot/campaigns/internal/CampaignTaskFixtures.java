package crmcopilot.campaigns.internal;

import java.util.List;

import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.crm.CustomerData;

/**
 * Inputs every engine of the campaigns' AI tasks ({@code parse-campaign-brief},
 * {@code describe-persona}) must handle validly.
 */
final class CampaignTaskFixtures {

	static final List<String> BRIEFS = List.of(
			"Je veux faire une campagne de recrutement de nouveaux clients sur un produit moyen gamme de façon à "
					+ "recruter autant sur les CSP que les CSP+. Je souhaite définir les paramètres pour ma campagne "
					+ "display sur Pmax de Google.",
			"Campagne vidéo de notoriété sur DV360 pour notre gamme premium, budget 80 000 €, cible familles.",
			"Sales push on Instagram for our entry-level range: 50k impressions, 12k€.", "Bonjour");

	/**
	 * The statistics tables of three segments of synthetic customers, in French and
	 * English.
	 */
	static final List<DescribePersonaTask.Request> PERSONAS = personas();

	private CampaignTaskFixtures() {
	}

	private static List<DescribePersonaTask.Request> personas() {
		CustomerData customers = SyntheticCustomers.generate(300, 3);
		Analysis analysis = CampaignPipeline.analyse(new CampaignPipeline.Input(customers, null,
				ColumnMapping.guess(customers.columnNames()), 3, 2, 0, false, "fr", null), CampaignPipeline.OFFLINE);
		List<SegmentProfile> profiles = analysis.profiles();
		return List.of(new DescribePersonaTask.Request(profiles.get(0), "fr"),
				new DescribePersonaTask.Request(profiles.get(1), "en"),
				new DescribePersonaTask.Request(profiles.get(2), "fr"));
	}

}
