package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text assets of a Performance Max asset group, within Google's limits: headlines of
 * at most 30 characters, long headlines and descriptions of at most 90.
 */
public record AssetGroupText(List<String> headlines, List<String> longHeadlines, List<String> descriptions) {

	public static final int HEADLINE = 30;

	public static final int LONG_HEADLINE = 90;

	public static final int DESCRIPTION = 90;

	/** Small words a cut phrase must not end on, with the punctuation before them. */
	private static final Pattern DANGLING = Pattern.compile(
			"([\\s,;:]+(de|du|des|d'|et|ou|pour|par|à|au|aux|en|un|une|le|la|les|l'|sur|avec|sans|for|and|or|to|a|an|the|of|with|on|in))+$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	public AssetGroupText {
		headlines = checked(headlines, HEADLINE);
		longHeadlines = checked(longHeadlines, LONG_HEADLINE);
		descriptions = checked(descriptions, DESCRIPTION);
	}

	/**
	 * The assets from phrases of any length: each shortened to its limit at a word
	 * boundary (never mid-word, no ellipsis), first letter capitalised, duplicates and
	 * empty phrases dropped.
	 */
	public static AssetGroupText of(List<String> headlines, List<String> longHeadlines, List<String> descriptions) {
		return new AssetGroupText(fitted(headlines, HEADLINE), fitted(longHeadlines, LONG_HEADLINE),
				fitted(descriptions, DESCRIPTION));
	}

	/**
	 * The phrase cut at the last word boundary within {@code max} characters, trailing
	 * punctuation and dangling short words (de, et, pour...) removed.
	 */
	static String fit(String phrase, int max) {
		String text = phrase.strip().replaceAll("\\s+", " ");
		if (text.length() > max) {
			int cut = text.lastIndexOf(' ', max);
			text = (cut > 0) ? text.substring(0, cut) : text.substring(0, max);
			text = DANGLING.matcher(text).replaceAll("");
		}
		text = text.replaceAll("[\\s,;:(\\-–]+$", "");
		if (text.isEmpty()) {
			return text;
		}
		return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	private static List<String> fitted(List<String> phrases, int max) {
		List<String> result = new ArrayList<>();
		for (String phrase : phrases) {
			String text = fit(phrase, max);
			if (!text.isEmpty() && !result.contains(text)) {
				result.add(text);
			}
		}
		return result;
	}

	private static List<String> checked(List<String> texts, int max) {
		for (String text : texts) {
			if (text.length() > max) {
				throw new IllegalArgumentException(
						"asset text over " + max + " characters (" + text.length() + "): " + text);
			}
		}
		return List.copyOf(texts);
	}

}
