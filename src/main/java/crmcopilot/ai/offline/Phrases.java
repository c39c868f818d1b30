package crmcopilot.ai.offline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A lexicon of whole words and phrases found in folded text, as the regular expression
 * {@code \b(phrase1|phrase2|...)\b} finds them (scanning left to right, the first listed
 * phrase that fits at a word start wins), but looking only at the phrases that start with
 * the letter at hand: a lexicon of a hundred phrases costs a map lookup per word instead
 * of a hundred comparisons.
 */
final class Phrases {

	private final List<String> phrases;

	/** The phrases by their first character, an ASCII letter or digit. */
	private final List<List<String>> byFirstLetter = new ArrayList<>(Collections.nCopies(128, null));

	Phrases(String... phrases) {
		this.phrases = List.of(phrases);
		for (String phrase : phrases) {
			if (phrase.isEmpty() || !isWordChar(phrase.charAt(0)) || !isWordChar(phrase.charAt(phrase.length() - 1))) {
				throw new IllegalArgumentException("a phrase starts and ends with a letter or digit: " + phrase);
			}
			char first = phrase.charAt(0);
			if (this.byFirstLetter.get(first) == null) {
				this.byFirstLetter.set(first, new ArrayList<>());
			}
			this.byFirstLetter.get(first).add(phrase);
		}
	}

	/** The phrases found, each once, in the order of their first occurrence. */
	List<String> find(String text) {
		List<String> found = new ArrayList<>();
		int length = text.length();
		int i = 0;
		while (i < length) {
			@Nullable String hit = (boundary(text, i)) ? phraseAt(text, i) : null;
			if (hit != null) {
				if (!found.contains(hit)) {
					found.add(hit);
				}
				i += hit.length();
			}
			else {
				i++;
			}
		}
		return found;
	}

	/** The same lexicon as a regular expression (what {@link #find} answers like). */
	Pattern asPattern() {
		return Pattern.compile("\\b(" + String.join("|", this.phrases) + ")\\b");
	}

	private @Nullable String phraseAt(String text, int start) {
		char first = text.charAt(start);
		List<String> candidates = (first < 128) ? this.byFirstLetter.get(first) : null;
		if (candidates == null) {
			return null;
		}
		for (String phrase : candidates) {
			if (text.startsWith(phrase, start) && boundary(text, start + phrase.length())) {
				return phrase;
			}
		}
		return null;
	}

	/**
	 * {@code \b}: a word character on one side only (ASCII word characters, as Java's).
	 */
	private static boolean boundary(String text, int index) {
		boolean before = index > 0 && isWordChar(text.charAt(index - 1));
		boolean after = index < text.length() && isWordChar(text.charAt(index));
		return before != after;
	}

	private static boolean isWordChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
	}

}
