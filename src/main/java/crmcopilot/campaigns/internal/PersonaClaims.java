package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that persona prose claims only what the segment's statistics table supports:
 * every directional phrase follows the sign of its feature's z, "much" needs |z| of at
 * least {@value #STRONG}, every percentage is a share of the table, every index one of
 * its indices, every age in years one of its ages; a gender, a dwelling or an area is
 * named only when the table shows it (a majority, or a distinctive trait).
 */
final class PersonaClaims {

	static final double STRONG = 0.8;

	static final double WEAK = 0.1;

	private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s?%");

	private static final Pattern INDEX = Pattern.compile("(?:indice|index)\\s(\\d{1,4})", Pattern.CASE_INSENSITIVE);

	private static final Pattern YEARS = Pattern.compile("(\\d{2})\\s(?:ans|years)");

	/**
	 * Words that state who they are or where they live, the feature that must show it and
	 * the values that do.
	 */
	private static final List<Grounded> GROUNDED = List.of(
			new Grounded(Pattern.compile("\\b(femmes?|women|woman)\\b", Pattern.UNICODE_CHARACTER_CLASS), "gender",
					"mme|madame|f|femme|female|woman|mrs|ms"),
			new Grounded(Pattern.compile("\\b(hommes?|men|man)\\b", Pattern.UNICODE_CHARACTER_CLASS), "gender",
					"m|m\\.|mr|monsieur|h|homme|male|man"),
			new Grounded(Pattern.compile("\\b(maisons?|houses?)\\b", Pattern.UNICODE_CHARACTER_CLASS), "housing",
					".*(maison|house).*"),
			new Grounded(Pattern.compile("\\b(appartements?|immeubles?|flats?|apartments?)\\b",
					Pattern.UNICODE_CHARACTER_CLASS), "housing", ".*(appart|flat|immeuble).*"),
			new Grounded(Pattern.compile("\\b(en ville|in town|city|citadins?)\\b", Pattern.UNICODE_CHARACTER_CLASS),
					"zone", "(?!.*p[ée]ri).*urb.*"),
			new Grounded(Pattern.compile("\\b(à la campagne|countryside|ruraux|rurales?|rural)\\b",
					Pattern.UNICODE_CHARACTER_CLASS), "zone", ".*rur.*"));

	private record Grounded(Pattern words, String feature, String values) {
	}

	private PersonaClaims() {
	}

	/**
	 * What the text claims that the table does not support; empty when all is supported.
	 */
	public static List<String> unsupported(String text, SegmentProfile profile, String language) {
		List<String> problems = new ArrayList<>();
		String lower = text.toLowerCase(Locale.ROOT);
		for (Map.Entry<String, String[]> entry : PersonaLanguage.allDirections(language).entrySet()) {
			String feature = entry.getKey();
			for (int direction = 0; direction < 2; direction++) {
				String phrase = entry.getValue()[direction];
				int at = lower.indexOf(phrase);
				if (at < 0) {
					continue;
				}
				double z = profile.numeric(feature).map(SegmentProfile.NumericStat::z).orElse(Double.NaN);
				boolean supported = !Double.isNaN(z) && ((direction == 0) ? z >= WEAK : z <= -WEAK);
				if (!supported) {
					problems.add("'%s' but z(%s) = %s".formatted(phrase, feature, fmt(z)));
				}
				String strong = PersonaLanguage.strong(language);
				if (at >= strong.length() && lower.startsWith(strong, at - strong.length())
						&& !(Math.abs(z) >= STRONG)) {
					problems.add("'%s%s' but |z(%s)| = %s".formatted(strong, phrase, feature, fmt(Math.abs(z))));
				}
			}
		}
		for (Grounded grounded : GROUNDED) {
			Matcher words = grounded.words().matcher(lower);
			if (words.find() && !shown(profile, grounded)) {
				problems.add("'%s' but %s does not show it".formatted(words.group(), grounded.feature()));
			}
		}
		Matcher percent = PERCENT.matcher(text);
		while (percent.find()) {
			int value = Integer.parseInt(percent.group(1));
			if (!isShare(value, profile)) {
				problems.add(value + " % is not a share of the table");
			}
		}
		Matcher index = INDEX.matcher(text);
		while (index.find()) {
			int value = Integer.parseInt(index.group(1));
			boolean known = profile.categorical().stream().anyMatch((c) -> Math.abs(c.index() - value) <= 1);
			if (!known) {
				problems.add("index " + value + " is not in the table");
			}
		}
		Matcher years = YEARS.matcher(text);
		while (years.find()) {
			int value = Integer.parseInt(years.group(1));
			boolean known = profile.numeric("age")
				.map((a) -> Math.abs(a.mean() - value) <= 1 || Math.abs(a.populationMean() - value) <= 1)
				.orElse(false);
			if (!known) {
				problems.add(value + " years is not an age of the table");
			}
		}
		return problems;
	}

	/** A majority of the segment, or a distinctive trait of it, has one of the values. */
	private static boolean shown(SegmentProfile profile, Grounded grounded) {
		return profile.categories(grounded.feature())
			.stream()
			.filter((c) -> c.value().toLowerCase(Locale.ROOT).matches(grounded.values()))
			.anyMatch((c) -> c.share() >= 0.5 || profile.traits()
				.stream()
				.anyMatch((t) -> t.feature().equals(grounded.feature()) && c.value().equals(t.value())));
	}

	private static boolean isShare(int percent, SegmentProfile profile) {
		if (Math.abs(profile.share() * 100 - percent) <= 1) {
			return true;
		}
		return profile.categorical()
			.stream()
			.anyMatch((c) -> Math.abs(c.share() * 100 - percent) <= 1
					|| Math.abs(c.populationShare() * 100 - percent) <= 1);
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
