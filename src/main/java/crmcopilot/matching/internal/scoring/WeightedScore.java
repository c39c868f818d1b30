package crmcopilot.matching.internal.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.scoring.MatchWeights.Component;
import crmcopilot.matching.internal.scoring.ScoreBreakdown.Part;

/**
 * The weighted sum of the score components of a pair that passed the hard filters, each
 * in 0..1: style overlap, goals ↔ specialties (the shopper's tags and what their
 * description names), life moments, morphology expertise, budget fit, distance and
 * semantic similarity. A component that does not apply has its weight redistributed over
 * the others; the breakdown says why and lists the facts each component rests on.
 */
final class WeightedScore {

	static final String NOTE_NO_PREFERENCE = "no-preference";

	static final String NOTE_REMOTE = "remote-session";

	static final String NOTE_NO_EMBEDDINGS = "no-embeddings";

	static final String NOTE_NO_TEXT = "no-text";

	/** The weights in {@link Component} order. */
	private final double[] raw;

	WeightedScore(MatchWeights weights) {
		this.raw = new double[] { weights.style(), weights.goals(), weights.lifeMoments(), weights.morphology(),
				weights.budget(), weights.distance(), weights.semantic() };
	}

	/** The total in 0..1, or -Infinity when filtered out; fills parts when given. */
	double score(PairEncoding pairs, int c, int s, Part @Nullable [] parts) {
		ClientRequest client = pairs.clients.get(c);
		ShopperProfile shopper = pairs.shoppers.get(s);
		double km = pairs.relevantDistance(c, s);
		Mode mode = HardFilters.sessionMode(pairs, client.mode(), s, km);
		if (HardFilters.exclusion(pairs, c, s, mode) != null) {
			return Double.NEGATIVE_INFINITY;
		}
		double[] raw = this.raw;
		double style = share(pairs.clientStyles[c], pairs.shopperStyles[s]);
		double goals = share(pairs.clientGoals[c], pairs.shopperGoals[s]);
		double moments = share(pairs.clientMoments[c], pairs.shopperMoments[s]);
		double morphology = (client.morphology() == null) ? -1
				: (shopper.morphologies().contains(client.morphology()) ? 1 : 0);
		double budget = budgetFit(client.budget(), shopper.priceMin(), shopper.priceMax());
		double distance = (mode != Mode.IN_PERSON) ? -1
				: ((shopper.travelKm() > 0) ? Math.max(0, 1 - km / shopper.travelKm()) : 1);
		double semantic;
		String semanticNote = null;
		SemanticSimilarity similarity = pairs.semantic;
		if (similarity == null) {
			semantic = -1;
			semanticNote = NOTE_NO_EMBEDDINGS;
		}
		else if (!similarity.applies(c, s)) {
			semantic = -1;
			semanticNote = NOTE_NO_TEXT;
		}
		else {
			semantic = similarity.value(c, s);
		}
		// a negative value marks a component that does not apply: its weight is
		// redistributed
		double[] values = { style, goals, moments, morphology, budget, distance, semantic };
		double weightSum = 0;
		double total = 0;
		for (int i = 0; i < values.length; i++) {
			if (values[i] >= 0) {
				weightSum += raw[i];
				total += raw[i] * values[i];
			}
		}
		total = (weightSum > 0) ? total / weightSum : 0;
		if (parts != null) {
			String[] notes = { (style < 0) ? NOTE_NO_PREFERENCE : null, (goals < 0) ? NOTE_NO_PREFERENCE : null,
					(moments < 0) ? NOTE_NO_PREFERENCE : null, (morphology < 0) ? NOTE_NO_PREFERENCE : null, null,
					(distance < 0) ? NOTE_REMOTE : null, semanticNote };
			Component[] components = Component.values();
			for (int i = 0; i < 7; i++) {
				boolean applies = notes[i] == null;
				double effective = (applies && weightSum > 0) ? raw[i] / weightSum : 0;
				parts[i] = new Part(components[i], applies ? values[i] : 0, effective,
						applies ? facts(pairs, components[i], c, s) : List.of(), notes[i]);
			}
		}
		return total;
	}

	/** Share of the wanted tags offered, or -1 when nothing is wanted. */
	private static double share(long[] wanted, long[] offered) {
		int size = 0;
		for (long word : wanted) {
			size += Long.bitCount(word);
		}
		if (size == 0) {
			return -1;
		}
		return (double) PairEncoding.overlap(wanted, offered) / size;
	}

	static double budgetFit(double budget, double priceMin, double priceMax) {
		if (budget >= priceMax) {
			return 1;
		}
		if (priceMax <= priceMin) {
			return 1;
		}
		return 0.5 + 0.5 * (budget - priceMin) / (priceMax - priceMin);
	}

	private static List<String> facts(PairEncoding pairs, Component component, int c, int s) {
		ClientRequest client = pairs.clients.get(c);
		ShopperProfile shopper = pairs.shoppers.get(s);
		return switch (component) {
			case STYLE -> shared(pairs, s, client.styles(), shopper.styles());
			case GOALS -> shared(pairs, s, client.goals(), shopper.goals());
			case LIFE_MOMENTS -> shared(pairs, s, client.lifeMoments(), shopper.lifeMoments());
			case MORPHOLOGY -> (client.morphology() != null && shopper.morphologies().contains(client.morphology()))
					? List.of(client.morphology()) : List.of();
			case BUDGET -> List.of(amount(client.budget()), amount(shopper.priceMin()), amount(shopper.priceMax()));
			case DISTANCE -> {
				double km = pairs.distance(c, s);
				yield Double.isNaN(km) ? List.of() : List.of(String.format(Locale.ROOT, "%.0f", km), shopper.city());
			}
			case SEMANTIC -> List.of();
		};
	}

	/** The wanted tags the shopper chose or names in their description. */
	private static List<String> shared(PairEncoding pairs, int s, Set<String> wanted, Set<String> offered) {
		return wanted.stream().filter((tag) -> offered.contains(tag) || pairs.describes(s, tag)).toList();
	}

	private static String amount(double value) {
		return String.format(Locale.ROOT, "%.0f", value);
	}

}
