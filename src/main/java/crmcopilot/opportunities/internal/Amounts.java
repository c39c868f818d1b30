package crmcopilot.opportunities.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Amounts and currencies: "25 millions FCFA", "1,5 milliard de F CFA", "120 M XOF", "45
 * 000 €", "€12k", "budget de 30 millions". FCFA is XOF in the West African zone and XAF
 * in the Central African one, decided by the country.
 */
final class Amounts {

	private static final String NUMBER = "(\\d{1,3}(?:[ .\\u00a0\\u202f]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)";

	private static final String MULTIPLIER = "(milliards?|mds?|mrds?|millions?|mio|m|k|mille)";

	private static final String CURRENCY = "(francs? cfa|fcfa|f\\.? ?cfa|cfa|xof|xaf|euros?|eur|€|usd|dollars?( americains)?|\\$|us\\$|dirhams?|mad|gnf|francs? guineens?|naira|ngn|cedis?|ghs|kes|f(?= |$|\\.|,))";

	private static final Pattern SUFFIXED = Pattern.compile("(?<![\\w.,])" + NUMBER + "\\s?(?:" + MULTIPLIER
			+ "\\.?\\s?)?(?:(?:de |d')\\s?)?" + CURRENCY + "(?![\\p{L}])");

	private static final Pattern PREFIXED = Pattern
		.compile("(€|\\$|usd|eur|xof|xaf|fcfa)\\s?" + NUMBER + "(?:\\s?" + MULTIPLIER + ")?(?![\\p{L}\\d])");

	private static final String WORD_NUMBER = "((?:vingt|trente|quarante|cinquante|soixante|cent)(?:[- ](?:et[- ])?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf))?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)";

	private static final Pattern BARE = Pattern.compile("(?<![\\w.,])" + NUMBER + "\\s?" + MULTIPLIER + "(?![\\p{L}])");

	private static final Pattern SPOKEN = Pattern.compile(
			"(?<![\\p{L}])" + WORD_NUMBER + " (milliards?|millions?)(?: (?:de |d')?" + CURRENCY + ")?(?![\\p{L}])");

	private static final Pattern BUDGET_CUE = Pattern.compile(
			"(budget|montant|enveloppe|estime|a peu pres|autour de|pres de|dans les|quelque|estimation|valeur|cout|prix|devis|total|de l'ordre|environ|chiffre|ca |potentiel|a hauteur|plafond|dotation|financement|\\bmax)");

	private Amounts() {
	}

	/** An amount with its currency (ISO 4217) and span. */
	record Found(BigDecimal amount, @Nullable String currency, int start, int end, double score) {
	}

	static List<Found> all(FoldedText text, boolean centralAfrica) {
		String s = text.folded();
		List<Found> found = new ArrayList<>();
		Matcher m = SUFFIXED.matcher(s);
		while (m.find()) {
			BigDecimal value = value(m.group(1), m.group(2));
			String currency = currency(m.group(3), centralAfrica);
			if (value == null || currency == null || ("f".equals(m.group(3)) && m.group(2) == null
					&& value.compareTo(BigDecimal.valueOf(1000)) < 0)) {
				continue;
			}
			add(found, s, value, currency, m.start(), m.end(), 1);
		}
		m = PREFIXED.matcher(s);
		while (m.find()) {
			BigDecimal value = value(m.group(2), m.group(3));
			String currency = currency(m.group(1), centralAfrica);
			if (value != null && currency != null) {
				add(found, s, value, currency, m.start(), m.end(), 1);
			}
		}
		m = BARE.matcher(s);
		while (m.find()) {
			if ("m".equals(m.group(2)) || "k".equals(m.group(2)) || "mille".equals(m.group(2))) {
				continue;
			}
			BigDecimal value = value(m.group(1), m.group(2));
			String before = s.substring(Math.max(0, m.start() - 40), m.start());
			if (value != null && BUDGET_CUE.matcher(before).find()) {
				add(found, s, value, null, m.start(), m.end(), 0);
			}
		}
		m = SPOKEN.matcher(s);
		while (m.find()) {
			BigDecimal value = value(String.valueOf(spoken(m.group(1))), m.group(2));
			String currency = (m.group(3) != null) ? currency(m.group(3), centralAfrica) : null;
			String before = s.substring(Math.max(0, m.start() - 40), m.start());
			if (value != null && (currency != null || BUDGET_CUE.matcher(before).find())) {
				add(found, s, value, currency, m.start(), m.end(), (currency != null) ? 1 : 0);
			}
		}
		return found;
	}

	static int spoken(String words) {
		int total = 0;
		for (String word : words.split("[- ]")) {
			total += switch (word) {
				case "un", "une" -> 1;
				case "deux" -> 2;
				case "trois" -> 3;
				case "quatre" -> 4;
				case "cinq" -> 5;
				case "six" -> 6;
				case "sept" -> 7;
				case "huit" -> 8;
				case "neuf" -> 9;
				case "dix" -> 10;
				case "onze" -> 11;
				case "douze" -> 12;
				case "treize" -> 13;
				case "quatorze" -> 14;
				case "quinze" -> 15;
				case "seize" -> 16;
				case "vingt" -> 20;
				case "trente" -> 30;
				case "quarante" -> 40;
				case "cinquante" -> 50;
				case "soixante" -> 60;
				case "cent" -> 100;
				default -> 0;
			};
		}
		return total;
	}

	static Optional<Found> best(FoldedText text, boolean centralAfrica) {
		return all(text, centralAfrica).stream()
			.max(Comparator.comparingDouble(Found::score).thenComparing((f) -> -f.start()));
	}

	private static void add(List<Found> found, String s, BigDecimal value, @Nullable String currency, int start,
			int end, double base) {
		for (Found other : found) {
			if (other.start() < end && start < other.end()) {
				return;
			}
		}
		String before = s.substring(Math.max(0, start - 50), start);
		double score = base + (BUDGET_CUE.matcher(before).find() ? 2 : 0);
		found.add(new Found(value, currency, start, end, score));
	}

	static @Nullable BigDecimal value(String number, @Nullable String multiplier) {
		String digits = number.replaceAll("[ \\u00a0\\u202f]", "");
		if (digits.matches("\\d{1,3}(\\.\\d{3})+")) {
			digits = digits.replace(".", "");
		}
		digits = digits.replace(',', '.');
		BigDecimal value;
		try {
			value = new BigDecimal(digits);
		}
		catch (NumberFormatException ex) {
			return null;
		}
		if (multiplier != null) {
			value = value.multiply(switch (multiplier) {
				case "milliard", "milliards", "md", "mds", "mrd", "mrds" -> BigDecimal.valueOf(1_000_000_000L);
				case "million", "millions", "mio", "m" -> BigDecimal.valueOf(1_000_000L);
				default -> BigDecimal.valueOf(1_000L);
			});
		}
		if (value.signum() <= 0) {
			return null;
		}
		return value.stripTrailingZeros();
	}

	static @Nullable String currency(String token, boolean centralAfrica) {
		String t = token.replace(".", "").trim();
		if (t.contains("cfa") || t.equals("f") || t.startsWith("franc") && !t.contains("guin")) {
			return centralAfrica ? "XAF" : "XOF";
		}
		if (t.equals("xof") || t.equals("xaf")) {
			return t.toUpperCase(java.util.Locale.ROOT);
		}
		if (t.startsWith("euro") || t.equals("eur") || t.equals("€")) {
			return "EUR";
		}
		if (t.startsWith("dollar") || t.contains("$") || t.equals("usd")) {
			return "USD";
		}
		if (t.startsWith("dirham") || t.equals("mad")) {
			return "MAD";
		}
		if (t.equals("gnf") || t.contains("guin")) {
			return "GNF";
		}
		if (t.equals("naira") || t.equals("ngn")) {
			return "NGN";
		}
		if (t.startsWith("cedi") || t.equals("ghs")) {
			return "GHS";
		}
		if (t.equals("kes")) {
			return "KES";
		}
		return null;
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
