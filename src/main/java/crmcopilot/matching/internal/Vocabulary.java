package crmcopilot.matching.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Normalised tags: lower case, no accents, single spaces. */
public final class Vocabulary {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private Vocabulary() {
	}

	/** The normalised value; a null (from a JSON list) normalises to the empty string. */
	public static String normalise(@Nullable String value) {
		if (value == null) {
			return "";
		}
		String stripped = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
		return SPACES.matcher(stripped.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
	}

	/** Normalised, de-duplicated, in order; blank and null entries dropped. */
	public static Set<String> tags(Collection<@Nullable String> values) {
		Set<String> tags = new LinkedHashSet<>();
		for (String value : values) {
			String tag = normalise(value);
			if (!tag.isEmpty()) {
				tags.add(tag);
			}
		}
		return tags;
	}

	/** Splits a list written as {@code a|b|c}, {@code a;b} or {@code a, b}. */
	public static Set<String> split(String joined) {
		return tags(Arrays.asList(joined.split("[|;,]")));
	}

	/** Whether the values hold the given one, accents, case and spacing aside. */
	public static boolean holds(Collection<@Nullable String> values, String value) {
		String normal = normalise(value);
		return values.stream().anyMatch((v) -> normalise(v).equals(normal));
	}

	public static String join(Collection<String> tags) {
		return String.join("|", tags);
	}

}
