package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.Media;
import crmcopilot.campaigns.Objective;

/**
 * How well a persona serves the brief, from its statistics only: its income percentile
 * against the targets and the product range, its purchase channel against the medium, its
 * weight in the base against the objective. The reason cites the brief's terms and the
 * figures behind each part; a human still chooses.
 *
 * @param fit 0..1, the mean of the parts the data allows
 * @param reason the parts, in the persona's language
 */
record PersonaFit(double fit, String reason) {

	/** Online media reach buyers who already buy online best. */
	private static final List<String> ONLINE = List.of("web", "internet", "en ligne", "online", "mobile", "app");

	/**
	 * @param k the number of segments: a segment of average size weighs 1/k of the base
	 */
	static PersonaFit of(CampaignBrief brief, SegmentProfile profile, int k, double incomePercentile, String language) {
		boolean en = PersonaLanguage.english(language);
		List<Double> scores = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		int percentile = (int) Math.round(incomePercentile * 100);
		if (!Double.isNaN(incomePercentile)) {
			// one income figure, said once for every brief term it answers
			List<String> incomeFor = new ArrayList<>();
			Double targets = targets(brief.targetHints(), incomePercentile);
			if (targets != null) {
				scores.add(targets);
				incomeFor.add((en ? "a %s target" : "une cible %s").formatted(String.join(" / ", brief.targetHints())));
			}
			Double range = range(brief.productRange(), incomePercentile);
			if (range != null) {
				scores.add(range);
				incomeFor.add((en ? "a %s product" : "un produit %s").formatted(brief.productRange()));
			}
			if (!incomeFor.isEmpty()) {
				String terms = String.join(en ? " and " : " et ", incomeFor);
				reasons.add(en ? "income at the %d%s percentile for %s".formatted(percentile, suffix(percentile), terms)
						: "revenu au %de centile pour %s".formatted(percentile, terms));
			}
		}
		SegmentProfile.CategoryStat online = online(profile);
		if (online != null) {
			scores.add(Math.min(1, online.share() / Math.max(0.01, 2 * online.populationShare())));
			reasons.add(en
					? "%d %% buy online (%d %% of all customers) for a %s campaign".formatted(
							PersonaWriter.pct(online.share()), PersonaWriter.pct(online.populationShare()),
							media(brief.media(), true))
					: "%d %% achètent en ligne (%d %% de l'ensemble) pour une campagne %s".formatted(
							PersonaWriter.pct(online.share()), PersonaWriter.pct(online.populationShare()),
							media(brief.media(), false)));
		}
		scores.add(objective(brief.objective(), profile, k));
		reasons.add(objectiveReason(brief.objective(), profile, en));
		double fit = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		String reason = String.join(en ? "; " : " ; ", reasons);
		return new PersonaFit(Math.round(Math.max(0, Math.min(1, fit)) * 100) / 100.0,
				reason.substring(0, 1).toUpperCase(Locale.ROOT) + reason.substring(1) + ".");
	}

	/** CSP+ wants the top of the incomes, CSP the middle, CSP- the bottom. */
	private static @Nullable Double targets(List<String> hints, double percentile) {
		List<Double> scores = new ArrayList<>();
		for (String hint : hints) {
			switch (hint) {
				case "CSP+" -> scores.add(percentile);
				case "CSP" -> scores.add(1 - Math.abs(percentile - 0.5) * 2);
				case "CSP-" -> scores.add(1 - percentile);
				default -> {
				}
			}
		}
		return scores.isEmpty() ? null : scores.stream().mapToDouble(Double::doubleValue).max().orElse(0);
	}

	private static @Nullable Double range(@Nullable String range, double percentile) {
		if (range == null) {
			return null;
		}
		if (range.contains("haut")) {
			return percentile;
		}
		if (range.contains("entrée") || range.contains("entree")) {
			return 1 - percentile;
		}
		return range.contains("moyen") ? 1 - Math.abs(percentile - 0.5) * 2 : null;
	}

	private static SegmentProfile.@Nullable CategoryStat online(SegmentProfile profile) {
		return profile.categories("channel")
			.stream()
			.filter((c) -> ONLINE.stream().anyMatch((word) -> c.value().toLowerCase(Locale.ROOT).contains(word)))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Acquisition and awareness want reach (a segment of average size scores 0.5, twice
	 * the average 1); sales want the customers who spend more.
	 */
	private static double objective(Objective objective, SegmentProfile profile, int k) {
		if (objective == Objective.SALES) {
			return profile.numeric("spend").map((s) -> 1 / (1 + Math.exp(-2 * s.z()))).orElse(0.5);
		}
		return Math.min(1, profile.share() * k / 2);
	}

	private static String objectiveReason(Objective objective, SegmentProfile profile, boolean en) {
		if (objective == Objective.SALES) {
			return profile.numeric("spend")
				.map((s) -> en ? "spend %s for a sales objective".formatted(signed(s.z(), true))
						: "dépense %s pour un objectif de vente".formatted(signed(s.z(), false)))
				.orElse(en ? "no spend figure for a sales objective"
						: "pas de montant dépensé pour un objectif de vente");
		}
		String goal = (objective == Objective.ACQUISITION) ? (en ? "an acquisition" : "un objectif d'acquisition")
				: (en ? "an awareness" : "un objectif de notoriété");
		return en ? "%d %% of the base for %s objective".formatted(PersonaWriter.pct(profile.share()), goal)
				: "%d %% de la base pour %s".formatted(PersonaWriter.pct(profile.share()), goal);
	}

	private static String signed(double z, boolean en) {
		if (Math.abs(z) < PersonaClaims.WEAK) {
			return en ? "close to the average" : "proche de la moyenne";
		}
		return (z > 0) ? (en ? "above the average" : "au-dessus de la moyenne")
				: (en ? "below the average" : "en dessous de la moyenne");
	}

	private static String media(Media media, boolean en) {
		return switch (media) {
			case DISPLAY -> "display";
			case VIDEO -> en ? "video" : "vidéo";
			case SOCIAL -> en ? "social media" : "réseaux sociaux";
		};
	}

	private static String suffix(int n) {
		if (n % 100 >= 11 && n % 100 <= 13) {
			return "th";
		}
		return switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
	}

}
