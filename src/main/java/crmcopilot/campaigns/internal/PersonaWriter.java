package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The offline persona writer: deterministic sentences built only from the segment's
 * distinctive traits and statistics, so that {@link PersonaClaims} always accepts them.
 */
final class PersonaWriter {

	private PersonaWriter() {
	}

	public static PersonaText write(SegmentProfile profile, String language) {
		boolean en = PersonaLanguage.english(language);
		List<String> traitSentences = new ArrayList<>();
		for (SegmentProfile.Trait trait : profile.traits()) {
			String sentence = (trait.value() == null) ? numeric(profile, trait, language)
					: category(profile, trait, language);
			if (sentence != null) {
				traitSentences.add(sentence);
			}
		}
		String size = en ? "%d customers (%d %% of the base).".formatted(profile.size(), pct(profile.share()))
				: "%d clients (%d %% de la base).".formatted(profile.size(), pct(profile.share()));
		String summary = size + " " + String.join(" ", traitSentences.subList(0, Math.min(2, traitSentences.size())));
		StringBuilder description = new StringBuilder();
		description.append(en ? "Who they are: " : "Qui ils sont : ")
			.append(String.join(" ", traitSentences))
			.append(' ');
		description.append(buying(profile, en)).append(' ');
		description.append(en ? "How to talk to them: " : "Comment leur parler : ").append(advice(profile, en));
		return new PersonaText(name(profile, en), summary.strip(), description.toString().strip());
	}

	private static @Nullable String numeric(SegmentProfile profile, SegmentProfile.Trait trait, String language) {
		SegmentProfile.NumericStat stat = profile.numeric(trait.feature()).orElse(null);
		String[] phrases = PersonaLanguage.directions(trait.feature(), language);
		if (stat == null || phrases == null || Math.abs(stat.z()) < PersonaClaims.WEAK) {
			return null;
		}
		boolean en = PersonaLanguage.english(language);
		String phrase = phrases[(stat.z() > 0) ? 0 : 1];
		boolean adjective = phrase.startsWith("plus ") || phrase.matches("^(older|younger|wealthier) .*");
		String strong = (adjective && Math.abs(stat.z()) >= PersonaClaims.STRONG) ? PersonaLanguage.strong(language)
				: "";
		String figures = figures(trait.feature(), stat, en);
		String subject = en ? (adjective ? "They are " : "They ") : (adjective ? "Ils sont " : "Ils ");
		return subject + strong + phrase + " (" + figures + ").";
	}

	private static String figures(String feature, SegmentProfile.NumericStat stat, boolean en) {
		String unit = switch (feature) {
			case "age" -> en ? " years" : " ans";
			case "income", "spend", "basket" -> " €";
			case "recency" -> en ? " days" : " jours";
			default -> "";
		};
		String versus = en ? " vs " : " contre ";
		return format(stat.mean(), feature) + unit + versus + format(stat.populationMean(), feature) + unit;
	}

	private static String format(double value, String feature) {
		return switch (feature) {
			case "age", "recency" -> String.valueOf(Math.round(value));
			case "income", "spend", "basket" -> String.format(Locale.FRANCE, "%,d", Math.round(value));
			default -> String.format(Locale.ROOT, "%.1f", value);
		};
	}

	private static String category(SegmentProfile profile, SegmentProfile.Trait trait, String language) {
		boolean en = PersonaLanguage.english(language);
		SegmentProfile.CategoryStat stat = profile.categories(trait.feature())
			.stream()
			.filter((c) -> c.value().equals(trait.value()))
			.findFirst()
			.orElseThrow();
		String label = PersonaLanguage.label(trait.feature(), language);
		return en
				? "%d %% have %s \"%s\" (%d %% of all customers, index %d).".formatted(pct(stat.share()), label,
						stat.value(), pct(stat.populationShare()), Math.round(stat.index()))
				: "%d %% ont pour %s « %s » (%d %% de l'ensemble, indice %d).".formatted(pct(stat.share()), label,
						stat.value(), pct(stat.populationShare()), Math.round(stat.index()));
	}

	private static String buying(SegmentProfile profile, boolean en) {
		List<String> parts = new ArrayList<>();
		profile.numeric("basket")
			.ifPresent(
					(b) -> parts.add((en ? "average basket " : "panier moyen ") + format(b.mean(), "basket") + " €"));
		profile.numeric("orders")
			.ifPresent((o) -> parts.add(String.format(Locale.ROOT,
					en ? "%.1f orders in 12 months" : "%.1f commandes sur 12 mois", o.mean())));
		profile.mode("channel")
			.ifPresent((c) -> parts
				.add((en ? "mostly through " : "surtout via ") + c.value() + " (" + pct(c.share()) + " %)"));
		if (parts.isEmpty()) {
			return "";
		}
		return (en ? "What they buy: " : "Ce qu'ils achètent : ") + String.join(", ", parts) + ".";
	}

	private static String advice(SegmentProfile profile, boolean en) {
		List<String> tips = new ArrayList<>();
		for (SegmentProfile.Trait trait : profile.traits()) {
			String tip = tip(trait, en);
			if (tip != null && !tips.contains(tip)) {
				tips.add(tip);
			}
		}
		if (tips.isEmpty()) {
			tips.add(en ? "stress value for money" : "mettez en avant le rapport qualité-prix");
		}
		return String.join("; ", tips.subList(0, Math.min(3, tips.size()))) + ".";
	}

	private static @Nullable String tip(SegmentProfile.Trait trait, boolean en) {
		String value = (trait.value() != null) ? trait.value().toLowerCase(Locale.ROOT) : "";
		return switch (trait.feature()) {
			case "age" -> (trait.z() > 0) ? (en ? "clear offers, service and warranty" : "clarté, service et garantie")
					: (en ? "design, clear prices and fast delivery" : "design, prix clairs et livraison rapide");
			case "income" -> (trait.z() > 0) ? (en ? "quality, materials and design" : "qualité, matières et design")
					: (en ? "value for money and easy payment" : "rapport qualité-prix et paiement facilité");
			case "family", "household_size" -> (value.contains("famil") || trait.z() > 0)
					? (en ? "practical, durable family products" : "praticité et durabilité pour la famille") : null;
			case "channel" -> value.contains("web")
					? (en ? "mobile-first creatives" : "créations pensées pour le mobile")
					: value.contains("magasin") ? (en ? "drive-to-store messages" : "messages drive-to-store") : null;
			case "zone" -> value.contains("urb")
					? (en ? "compact products for city homes" : "produits compacts pour la ville") : null;
			case "housing" -> value.contains("maison")
					? (en ? "equipping the house and garden" : "équiper la maison et le jardin") : null;
			case "recency" -> (trait.z() > 0) ? (en ? "a reactivation offer" : "une offre de réactivation") : null;
			default -> null;
		};
	}

	private static String name(SegmentProfile profile, boolean en) {
		List<String> words = new ArrayList<>();
		for (SegmentProfile.Trait trait : profile.traits()) {
			String word = word(trait, en);
			if (word != null && !words.contains(word)) {
				words.add(word);
			}
			if (words.size() == 2) {
				break;
			}
		}
		if (words.isEmpty()) {
			return (en ? "Segment " : "Segment ") + (profile.segment() + 1);
		}
		return (en ? "The " : "Les ") + String.join(en ? " " : " ", words);
	}

	private static @Nullable String word(SegmentProfile.Trait trait, boolean en) {
		String value = (trait.value() != null) ? trait.value() : "";
		return switch (trait.feature()) {
			case "age" -> (trait.z() > 0) ? (en ? "seniors" : "seniors") : (en ? "young" : "jeunes");
			case "income" -> (trait.z() > 0) ? (en ? "well-off" : "aisés") : (en ? "budget-minded" : "modestes");
			case "family" -> value.toLowerCase(Locale.ROOT).contains("famil") ? (en ? "families" : "familles")
					: value.toLowerCase(Locale.ROOT).contains("couple") ? (en ? "couples" : "couples")
							: (en ? "singles" : "solos");
			case "zone" -> (en ? "" : "") + value;
			case "housing" -> (en ? "in a " : "en ") + value;
			case "csp" -> value;
			case "channel" -> (en ? "buying via " : "acheteurs ") + value;
			case "owner" -> value.equals("oui") ? (en ? "owners" : "propriétaires") : (en ? "renters" : "locataires");
			case "spend" ->
				(trait.z() > 0) ? (en ? "big spenders" : "gros acheteurs") : (en ? "small spenders" : "petits paniers");
			case "orders" -> (trait.z() > 0) ? (en ? "regulars" : "réguliers") : (en ? "occasional" : "occasionnels");
			case "recency" -> (trait.z() > 0) ? (en ? "lapsed" : "endormis") : (en ? "active" : "actifs");
			case "household_size" -> (trait.z() > 0) ? (en ? "large households" : "grands foyers")
					: (en ? "small households" : "petits foyers");
			default -> null;
		};
	}

	static int pct(double share) {
		return (int) Math.round(share * 100);
	}

}
