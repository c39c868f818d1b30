package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.campaigns.SegmentationMethod;
import crmcopilot.campaigns.internal.segmentation.KSuggestion;
import crmcopilot.crm.CustomerData;
import crmcopilot.shared.InvalidInputException;

/**
 * The computing steps of the pipeline, without storage: enrichment, segmentation,
 * visualisations and personas; then, once a human chose a persona, the summary and the
 * DSP instructions. Deterministic for a seed.
 */
public final class CampaignPipeline {

	private CampaignPipeline() {
	}

	/**
	 * What the computing steps need.
	 *
	 * @param method k-means or RFM
	 * @param k clusters (4 by default; RFM finds its own groups)
	 * @param nInit k-means++ restarts (10 by default)
	 * @param suggestK also compute the elbow and silhouette suggestion over 2..10
	 * @param brief the brief the personas are fitted to, or null
	 */
	public record Input(CustomerData clients, @Nullable CustomerData enrichment, ColumnMapping mapping,
			SegmentationMethod method, int k, int nInit, long seed, boolean suggestK, String language,
			@Nullable CampaignBrief brief) {

		/** The k-means segmentation. */
		public Input(CustomerData clients, @Nullable CustomerData enrichment, ColumnMapping mapping, int k, int nInit,
				long seed, boolean suggestK, String language, @Nullable CampaignBrief brief) {
			this(clients, enrichment, mapping, SegmentationMethod.KMEANS, k, nInit, seed, suggestK, language, brief);
		}

	}

	/** Writes a persona's prose: returns the text and the engine that wrote it. */
	public interface Describer extends BiFunction<SegmentProfile, String, Described> {

	}

	/**
	 * @param engine {@code offline} or the provider
	 */
	public record Described(PersonaText text, String engine) {
	}

	/** The offline describer. */
	public static final Describer OFFLINE = (profile, language) -> new Described(PersonaWriter.write(profile, language),
			"offline");

	/** Receives the time each computing step took, for the benchmark. */
	public interface Laps {

		void lap(String step, long nanos);

	}

	public static Analysis analyse(Input input, Describer describer) {
		return analyse(input, describer, (step, nanos) -> {
		});
	}

	public static Analysis analyse(Input input, Describer describer, Laps laps) {
		long start = System.nanoTime();
		long lap = start;
		PreparedCustomers customers = Enrichment.prepare(input.clients(), input.enrichment(), input.mapping());
		laps.lap("3 enrichment", System.nanoTime() - lap);
		lap = System.nanoTime();
		Segments segments = (input.method() == SegmentationMethod.RFM) ? Segments.rfm(customers, input.language())
				: Segments.kMeans(customers, input);
		int k = segments.k();
		KSuggestion suggestion = (input.suggestK() && input.method() == SegmentationMethod.KMEANS)
				? KSuggestion.of(customers.clustering(), 2, 10, Math.min(3, input.nInit()), input.seed()) : null;
		laps.lap("4 segmentation", System.nanoTime() - lap);
		lap = System.nanoTime();
		List<SegmentProfile> profiles = SegmentProfiles.of(customers, segments.labels(), k);
		Visualisations charts = Visualisations.of(customers, segments.labels(), k, profiles);
		laps.lap("5 visualisations", System.nanoTime() - lap);
		lap = System.nanoTime();
		double[] percentiles = incomePercentiles(customers, profiles);
		List<Persona> personas = new ArrayList<>();
		Integer recommended = null;
		for (SegmentProfile profile : profiles) {
			Described described = segments.named(profile.segment(), describer.apply(profile, input.language()));
			PersonaVisual.Attributes attributes = PersonaVisual.attributes(profile);
			PersonaFit fit = (input.brief() != null)
					? PersonaFit.of(input.brief(), profile, k, percentiles[profile.segment()], input.language()) : null;
			personas.add(new Persona(profile.segment(), profile.size(), profile.share(), described.text(),
					PersonaCards.card(profile, input.language()), PersonaVisual.svg(attributes),
					PersonaVisual.describe(attributes, input.language()),
					PersonaVisual.imagePrompt(attributes, described.text()), described.engine(),
					(fit != null) ? fit.fit() : null, (fit != null) ? fit.reason() : null));
			if (fit != null && (recommended == null || fit.fit() > personas.get(recommended).fit())) {
				recommended = profile.segment();
			}
		}
		laps.lap("6 personas", System.nanoTime() - lap);
		long sourceRows = input.clients().totalRows();
		return new Analysis(customers.size(), sourceRows, input.clients().sampled(), customers.clustering().names(),
				customers.imputations(), customers.derived(), customers.unmatched(), k, segments.seed(),
				segments.restarts(), segments.inertia(), segments.iterations(), suggestion, profiles, charts, personas,
				customers.ids(), segments.labels(), percentiles, (System.nanoTime() - start) / 1_000_000, recommended);
	}

	/**
	 * Step 8, the summary of the campaign and the chosen persona, with the mapping
	 * suggestions of step 9.
	 */
	public static String summary(CampaignBrief brief, Persona persona, DspTargeting.Instructions dsp, String language) {
		boolean en = PersonaLanguage.english(language);
		StringBuilder text = new StringBuilder();
		text.append(en ? "Campaign: " : "Campagne : ")
			.append(brief.objective().code())
			.append(" · ")
			.append(brief.media().code())
			.append(" · ")
			.append(brief.platform().code());
		if (brief.productRange() != null) {
			text.append(en ? " · product " : " · produit ").append(brief.productRange());
		}
		if (!brief.targetHints().isEmpty()) {
			text.append(en ? " · target " : " · cible ").append(String.join(", ", brief.targetHints()));
		}
		text.append(".\n");
		text.append(en ? "Chosen persona: " : "Persona retenue : ")
			.append(persona.text().name())
			.append(String.format(Locale.ROOT, en ? " (%d customers, %d %%). " : " (%d clients, %d %%). ",
					persona.size(), PersonaWriter.pct(persona.share())))
			.append(persona.text().summary())
			.append('\n');
		text.append(en ? "Suggested mapping: " : "Suggestions de mapping : ");
		List<String> parts = new ArrayList<>();
		for (DspTargeting.Variable variable : dsp.variables()) {
			parts.add(variable.field() + " = " + String.join(", ", variable.values()));
		}
		text.append(String.join(" ; ", parts)).append('.');
		return text.toString();
	}

	/** Suggested KPIs for the objective. */
	public static List<String> kpis(CampaignBrief brief, String language) {
		boolean en = PersonaLanguage.english(language);
		return switch (brief.objective()) {
			case AWARENESS -> en ? List.of("reach", "impressions", "CPM", "view rate", "brand lift")
					: List.of("couverture", "impressions", "CPM", "taux de visionnage", "brand lift");
			case SALES -> en ? List.of("revenue", "ROAS", "conversions", "average order value")
					: List.of("chiffre d'affaires", "ROAS", "conversions", "panier moyen");
			case ACQUISITION ->
				en ? List.of("new customers", "cost per acquisition", "conversion rate", "share of CSP/CSP+ buyers")
						: List.of("nouveaux clients", "coût par acquisition", "taux de conversion",
								"part d'acheteurs dans la cible");
		};
	}

	private static double[] incomePercentiles(PreparedCustomers customers, List<SegmentProfile> profiles) {
		double[] result = new double[profiles.size()];
		double[] incomes = customers.numeric().get("income");
		if (incomes == null) {
			Arrays.fill(result, Double.NaN);
			return result;
		}
		double[] sorted = incomes.clone();
		Arrays.sort(sorted);
		for (int s = 0; s < profiles.size(); s++) {
			double mean = profiles.get(s).numeric("income").orElseThrow().mean();
			int below = 0;
			while (below < sorted.length && sorted[below] < mean) {
				below++;
			}
			result[s] = (double) below / sorted.length;
		}
		return result;
	}

}
