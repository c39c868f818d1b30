package crmcopilot.campaigns.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The words of persona names, French and English: nouns for who the customers are,
 * adjectives (masculine and feminine plural in French) for what sets them apart.
 */
final class PersonaNames {

	private PersonaNames() {
	}

	/**
	 * @param feminine whether a French adjective takes the feminine plural
	 */
	record Noun(String french, boolean feminine, String english) {
	}

	record Adjective(String masculine, String feminine, String english) {
	}

	static String name(@Nullable Noun noun, @Nullable Adjective adjective, boolean en) {
		if (en) {
			return "The " + ((adjective != null) ? adjective.english() + " " : "")
					+ ((noun != null) ? noun.english() : "customers");
		}
		String french = (noun != null) ? noun.french() : "clients";
		boolean feminine = noun != null && noun.feminine();
		return "Les " + french
				+ ((adjective != null) ? " " + (feminine ? adjective.feminine() : adjective.masculine()) : "");
	}

	static @Nullable Noun noun(SegmentProfile.Trait trait) {
		String value = (trait.value() != null) ? trait.value().toLowerCase(Locale.ROOT) : "";
		boolean above = trait.z() > 0;
		return switch (trait.feature()) {
			case "age" -> above ? new Noun("seniors", false, "seniors") : new Noun("jeunes", false, "young adults");
			case "family" ->
				value.contains(
						"famil") ? new Noun("familles", true, "families")
								: value.contains("couple") ? new Noun("couples", false, "couples")
										: (value.contains("célib") || value.contains("celib") || value.contains("seul")
												|| value.contains("single")) ? new Noun("solos", false, "singles")
														: null;
			case "owner" -> value.equals("oui") ? new Noun("propriétaires", false, "homeowners")
					: value.equals("non") ? new Noun("locataires", false, "renters") : null;
			case "household_size" -> above ? new Noun("grands foyers", false, "large households")
					: new Noun("petits foyers", false, "small households");
			case "csp" -> occupation(value, trait.value());
			default -> null;
		};
	}

	private static @Nullable Noun occupation(String value, @Nullable String raw) {
		if (value.startsWith("csp")) {
			return new Noun(String.valueOf(raw), false, String.valueOf(raw));
		}
		if (value.contains("cadre")) {
			return new Noun("cadres", false, "executives");
		}
		if (value.contains("retrait")) {
			return new Noun("retraités", false, "retirees");
		}
		if (value.contains("employ")) {
			return new Noun("employés", false, "employees");
		}
		if (value.contains("ouvri")) {
			return new Noun("ouvriers", false, "blue-collar workers");
		}
		if (value.contains("étudiant") || value.contains("etudiant")) {
			return new Noun("étudiants", false, "students");
		}
		if (value.contains("indépendant") || value.contains("independant") || value.contains("artisan")) {
			return new Noun("indépendants", false, "self-employed");
		}
		return null;
	}

	static @Nullable Adjective adjective(SegmentProfile.Trait trait) {
		String value = (trait.value() != null) ? trait.value().toLowerCase(Locale.ROOT) : "";
		boolean above = trait.z() > 0;
		return switch (trait.feature()) {
			case "income" -> above ? new Adjective("aisés", "aisées", "well-off")
					: new Adjective("modestes", "modestes", "budget-minded");
			case "zone" -> value.contains("péri") || value.contains("peri")
					? new Adjective("périurbains", "périurbaines", "suburban")
					: value.contains("urb") ? new Adjective("urbains", "urbaines", "urban")
							: value.contains("rur") ? new Adjective("ruraux", "rurales", "rural") : null;
			case "channel" -> value.contains("web") || value.contains("internet") || value.contains("ligne")
					? new Adjective("connectés", "connectées", "online") : value.contains("magasin")
							? new Adjective("fidèles au magasin", "fidèles au magasin", "in-store") : null;
			case "spend" -> above ? new Adjective("dépensiers", "dépensières", "big-spending")
					: new Adjective("économes", "économes", "thrifty");
			case "orders" -> above ? new Adjective("réguliers", "régulières", "regular")
					: new Adjective("occasionnels", "occasionnelles", "occasional");
			case "recency" ->
				above ? new Adjective("endormis", "endormies", "lapsed") : new Adjective("actifs", "actives", "active");
			default -> null;
		};
	}

}
