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
		int inSummary = Math.min(2, traitSentences.size());
		String summary = size + " " + String.join(" ", traitSentences.subList(0, inSummary));
		// the description is read right after the summary: it goes on where the summary
		// stops
		List<String> more = traitSentences.subList(inSummary, traitSentences.size());
		StringBuilder description = new StringBuilder();
		if (!more.isEmpty()) {
			description.append(en ? "Who they are: " : "Qui ils sont : ").append(String.join(" ", more)).append(' ');
		}
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
		return format(stat.mean(), feature, en) + unit + versus + format(stat.populationMean(), feature, en) + unit;
	}

	/** Numbers as each language writes them: a decimal comma in French. */
	private static String format(double value, String feature, boolean en) {
		return switch (feature) {
			case "age", "recency" -> String.valueOf(Math.round(value));
			case "income", "spend", "basket" -> String.format(Locale.FRANCE, "%,d", Math.round(value));
			default -> String.format(en ? Locale.ROOT : Locale.FRANCE, "%.1f", value);
		};
	}

	/**
	 * A category in a sentence that reads as written by hand: owners and renters by name,
	 * otherwise "label: value for n % of them", never a raw value in quotes.
	 */
	private static String category(SegmentProfile profile, SegmentProfile.Trait trait, String language) {
		boolean en = PersonaLanguage.english(language);
		SegmentProfile.CategoryStat stat = profile.categories(trait.feature())
			.stream()
			.filter((c) -> c.value().equals(trait.value()))
			.findFirst()
			.orElseThrow();
		String figures = en
				? "(%d %% of all customers, index %d)".formatted(pct(stat.populationShare()), Math.round(stat.index()))
				: "(%d %% de l'ensemble, indice %d)".formatted(pct(stat.populationShare()), Math.round(stat.index()));
		if (trait.feature().equals("owner") && (stat.value().equals("oui") || stat.value().equals("non"))) {
			boolean owners = stat.value().equals("oui");
			String who = en ? (owners ? "own their home" : "rent their home")
					: (owners ? "sont propriétaires de leur logement" : "sont locataires");
			return "%d %% %s %s.".formatted(pct(stat.share()), who, figures);
		}
		String label = PersonaLanguage.label(trait.feature(), language);
		label = label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
		return en ? "%s: %s for %d %% of them %s.".formatted(label, stat.value(), pct(stat.share()), figures)
				: "%s : %s pour %d %% d'entre eux %s.".formatted(label, stat.value(), pct(stat.share()), figures);
	}

	private static String buying(SegmentProfile profile, boolean en) {
		List<String> parts = new ArrayList<>();
		profile.numeric("basket")
			.ifPresent((b) -> parts
				.add((en ? "average basket " : "panier moyen ") + format(b.mean(), "basket", en) + " €"));
		profile.numeric("orders")
			.ifPresent((o) -> parts.add(String.format(en ? Locale.ROOT : Locale.FRANCE,
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
		return String.join(en ? "; " : " ; ", tips.subList(0, Math.min(3, tips.size()))) + ".";
	}

	private static @Nullable String tip(SegmentProfile.Trait trait, boolean en) {
		String value = (trait.value() != null) ? trait.value().toLowerCase(Locale.ROOT) : "";
		return switch (trait.feature()) {
			case "age" -> (trait.z() > 0) ? (en ? "clear offers, service and warranty" : "clarté, service et garantie")
					: (en ? "design, clear prices and fast delivery" : "design, prix clairs et livraison rapide");
			case "income" -> (trait.z() > 0) ? (en ? "quality, materials and design" : "qualité, matières et design")
					: (en ? "value for money and easy payment" : "rapport qualité-prix et paiement facilité");
			case "family" -> value.contains("famil")
					? (en ? "practical, durable family products" : "praticité et durabilité pour la famille") : null;
			case "household_size" ->
				(trait.z() > 0) ? (en ? "offers for the whole household" : "des offres pour tout le foyer") : null;
			case "channel" -> value.contains("web")
					? (en ? "mobile-first creatives" : "créations pensées pour le mobile")
					: value.contains("magasin") ? (en ? "drive-to-store messages" : "messages drive-to-store") : null;
			case "zone" -> (value.contains("urb") && !value.contains("péri") && !value.contains("peri"))
					? (en ? "compact products for city homes" : "produits compacts pour la ville") : null;
			case "housing" -> value.contains("maison")
					? (en ? "equipping the house and garden" : "équiper la maison et le jardin") : null;
			case "recency" -> (trait.z() > 0) ? (en ? "a reactivation offer" : "une offre de réactivation") : null;
			default -> null;
		};
	}

	/**
	 * A name a marketer would use: the first distinctive trait that names who they are
	 * (seniors, families, owners, executives...), qualified by the first that describes
	 * them (well-off, urban, online...), the French adjective agreeing with the noun.
	 */
	private static String name(SegmentProfile profile, boolean en) {
		PersonaNames.Noun noun = null;
		PersonaNames.Adjective adjective = null;
		for (SegmentProfile.Trait trait : profile.traits()) {
			if (noun == null) {
				noun = PersonaNames.noun(trait);
			}
			if (adjective == null) {
				adjective = PersonaNames.adjective(trait);
			}
		}
		if (noun == null && adjective == null) {
			return (en ? "Segment " : "Segment ") + (profile.segment() + 1);
		}
		return PersonaNames.name(noun, adjective, en);
	}

	static int pct(double share) {
		return (int) Math.round(share * 100);
	}

}
