package crmcopilot.campaigns.internal;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The words of generated persona prose in French and English: feature labels and the
 * directional phrases the writer uses and the claim checker recognises.
 */
final class PersonaLanguage {

	private static final Map<String, String[]> FR_NUMERIC = Map.of("age",
			new String[] { "plus âgés que la moyenne", "plus jeunes que la moyenne" }, "income",
			new String[] { "plus aisés que la moyenne", "ont des revenus plus modestes que la moyenne" },
			"household_size",
			new String[] { "vivent dans des foyers plus grands", "vivent dans des foyers plus petits" }, "orders",
			new String[] { "commandent plus souvent", "commandent moins souvent" }, "spend",
			new String[] { "dépensent plus que la moyenne", "dépensent moins que la moyenne" }, "recency",
			new String[] { "ont acheté il y a plus longtemps", "ont acheté plus récemment" });

	private static final Map<String, String[]> EN_NUMERIC = Map.of("age",
			new String[] { "older than average", "younger than average" }, "income",
			new String[] { "wealthier than average", "have lower incomes than average" }, "household_size",
			new String[] { "live in larger households", "live in smaller households" }, "orders",
			new String[] { "order more often", "order less often" }, "spend",
			new String[] { "spend more than average", "spend less than average" }, "recency",
			new String[] { "bought longer ago", "bought more recently" });

	private static final Map<String, String> FR_LABELS = Map.ofEntries(Map.entry("age", "âge"),
			Map.entry("income", "revenu du foyer"), Map.entry("household_size", "taille du foyer"),
			Map.entry("children", "enfants"), Map.entry("orders", "commandes sur 12 mois"),
			Map.entry("spend", "dépense sur 12 mois"), Map.entry("recency", "jours depuis le dernier achat"),
			Map.entry("basket", "panier moyen"), Map.entry("csp", "CSP"), Map.entry("owner", "propriétaire"),
			Map.entry("housing", "type d'habitation"), Map.entry("zone", "zone d'habitation"),
			Map.entry("family", "situation familiale"), Map.entry("channel", "canal d'achat"),
			Map.entry("gender", "civilité"), Map.entry("age_band", "tranche d'âge"));

	private static final Map<String, String> EN_LABELS = Map.ofEntries(Map.entry("age", "age"),
			Map.entry("income", "household income"), Map.entry("household_size", "household size"),
			Map.entry("children", "children"), Map.entry("orders", "orders in 12 months"),
			Map.entry("spend", "spend in 12 months"), Map.entry("recency", "days since last purchase"),
			Map.entry("basket", "average basket"), Map.entry("csp", "socio-professional category"),
			Map.entry("owner", "home owner"), Map.entry("housing", "housing type"), Map.entry("zone", "area"),
			Map.entry("family", "family status"), Map.entry("channel", "purchase channel"),
			Map.entry("gender", "title"), Map.entry("age_band", "age band"));

	private PersonaLanguage() {
	}

	static boolean english(@Nullable String language) {
		return language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
	}

	static String label(String feature, String language) {
		return (english(language) ? EN_LABELS : FR_LABELS).getOrDefault(feature, feature);
	}

	/** The phrases of a numeric feature: index 0 above average, 1 below; null if none. */
	static String @Nullable [] directions(String feature, String language) {
		return (english(language) ? EN_NUMERIC : FR_NUMERIC).get(feature);
	}

	static Map<String, String[]> allDirections(String language) {
		return english(language) ? EN_NUMERIC : FR_NUMERIC;
	}

	static String strong(String language) {
		return english(language) ? "much " : "nettement ";
	}

}
