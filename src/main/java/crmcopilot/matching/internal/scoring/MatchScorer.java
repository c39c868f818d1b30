package crmcopilot.matching.internal.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import crmcopilot.ai.TextEmbeddings;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.assignment.ScoreMatrix;
import crmcopilot.matching.internal.scoring.MatchWeights.Component;
import crmcopilot.matching.internal.scoring.ScoreBreakdown.Part;

/**
 * Hard filters and the explainable weighted score of clients against shoppers.
 *
 * <p>
 * Hard filters: mode compatibility, distance for in-person sessions (bundled city table),
 * budget at least the shopper's lowest price, a shared language, a shared availability
 * slot. Score: weighted components in 0..1 (style overlap, goals ↔ specialties, life
 * moments, morphology expertise, budget fit, distance, semantic similarity of the free
 * texts); components that do not apply have their weight redistributed.
 *
 * <p>
 * Tags are encoded once as bit sets ({@link PairEncoding}) so that a full matrix
 * (thousands × hundreds) is scored in well under a second; {@link #explain} uses the same
 * arithmetic ({@link HardFilters}, {@link WeightedScore}) and adds the facts.
 */
public final class MatchScorer {

	static final String NOTE_NO_PREFERENCE = WeightedScore.NOTE_NO_PREFERENCE;

	static final String NOTE_REMOTE = WeightedScore.NOTE_REMOTE;

	static final String NOTE_NO_EMBEDDINGS = WeightedScore.NOTE_NO_EMBEDDINGS;

	static final String NOTE_NO_TEXT = WeightedScore.NOTE_NO_TEXT;

	private final MatchWeights weights;

	private final Cities cities;

	private final @Nullable TextEmbeddings embeddings;

	/** Embeddings computed by this scorer, by text (many clients share a text). */
	private final Map<String, float[]> vectors = new HashMap<>();

	private final WeightedScore weighted;

	/** Rating bonuses by shopper id; empty unless the workspace lets ratings count. */
	private final Map<UUID, RatingBonus> ratings;

	public MatchScorer(MatchWeights weights, Cities cities, @Nullable TextEmbeddings embeddings) {
		this(weights, cities, embeddings, Map.of());
	}

	/**
	 * A scorer that adds each rated shopper's {@link RatingBonus} to the scores of the
	 * pairs that pass the filters.
	 */
	public MatchScorer(MatchWeights weights, Cities cities, @Nullable TextEmbeddings embeddings,
			Map<UUID, RatingBonus> ratings) {
		this.weights = weights;
		this.cities = cities;
		this.embeddings = embeddings;
		this.weighted = new WeightedScore(weights);
		this.ratings = Map.copyOf(ratings);
	}

	public boolean semanticAvailable() {
		return this.embeddings != null && this.weights.semantic() > 0;
	}

	/**
	 * The score matrix (row = client, column = shopper), {@code -Infinity} where a hard
	 * filter excludes the pair.
	 */
	public ScoreMatrix matrix(List<ClientRequest> clients, List<ShopperProfile> shoppers) {
		PairEncoding pairs = encode(clients, shoppers);
		int m = shoppers.size();
		RatingBonus[] bonuses = new RatingBonus[m];
		for (int s = 0; s < m; s++) {
			bonuses[s] = this.ratings.get(shoppers.get(s).id());
		}
		double[] scores = new double[clients.size() * m];
		for (int c = 0; c < clients.size(); c++) {
			for (int s = 0; s < m; s++) {
				double score = this.weighted.score(pairs, c, s, null);
				RatingBonus bonus = bonuses[s];
				scores[c * m + s] = (bonus != null && score != Double.NEGATIVE_INFINITY) ? bonus.applyTo(score) : score;
			}
		}
		return new ScoreMatrix(clients.size(), m, scores);
	}

	/** The breakdown of one pair, or empty when a hard filter excludes it. */
	public Optional<ScoreBreakdown> explain(ClientRequest client, ShopperProfile shopper) {
		PairEncoding pairs = encode(List.of(client), List.of(shopper));
		Part[] parts = new Part[Component.values().length];
		double total = this.weighted.score(pairs, 0, 0, parts);
		if (total == Double.NEGATIVE_INFINITY) {
			return Optional.empty();
		}
		Mode mode = HardFilters.sessionMode(pairs, 0, 0);
		double km = pairs.distance(0, 0);
		RatingBonus bonus = this.ratings.get(shopper.id());
		return Optional.of(new ScoreBreakdown((bonus != null) ? bonus.applyTo(total) : total, List.of(parts), mode,
				Double.isNaN(km) ? null : km, bonus));
	}

	/**
	 * Why a hard filter excludes the pair: mode, distance, budget, language,
	 * availability; or null.
	 */
	public @Nullable String exclusion(ClientRequest client, ShopperProfile shopper) {
		return HardFilters.exclusion(encode(List.of(client), List.of(shopper)), 0, 0);
	}

	/** Shoppers passing the filters, best first (ties by name). */
	public List<RankedShopper> rank(ClientRequest client, List<ShopperProfile> shoppers) {
		List<RankedShopper> ranked = new ArrayList<>();
		for (ShopperProfile shopper : shoppers) {
			explain(client, shopper).ifPresent((breakdown) -> ranked.add(new RankedShopper(shopper, breakdown)));
		}
		ranked.sort((a, b) -> (a.score() != b.score()) ? Double.compare(b.score(), a.score())
				: a.shopper().name().compareTo(b.shopper().name()));
		return ranked;
	}

	private PairEncoding encode(List<ClientRequest> clients, List<ShopperProfile> shoppers) {
		SemanticSimilarity semantic = semanticAvailable() ? new SemanticSimilarity(clients, shoppers, this::vector)
				: null;
		return new PairEncoding(clients, shoppers, this.cities, semantic);
	}

	private float @Nullable [] vector(String text) {
		if (this.embeddings == null || text.isBlank()) {
			return null;
		}
		return this.vectors.computeIfAbsent(text, this.embeddings::embed);
	}

}
