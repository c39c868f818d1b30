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
 * its indices, every age in years one of its ages.
 */
final class PersonaClaims {

	static final double STRONG = 0.8;

	static final double WEAK = 0.1;

	private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s?%");

	private static final Pattern INDEX = Pattern.compile("(?:indice|index)\\s(\\d{1,4})", Pattern.CASE_INSENSITIVE);

	private static final Pattern YEARS = Pattern.compile("(\\d{2})\\s(?:ans|years)");

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
