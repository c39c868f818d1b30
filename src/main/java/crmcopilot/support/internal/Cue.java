package crmcopilot.support.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A cue pattern matched on folded text, with the words it cannot match without (see
 * {@link LeadingLiterals}): a text holding none of them is not scanned.
 *
 * @param pattern the cue
 * @param words its leading words, or empty when it has none and is always scanned
 */
record Cue(Pattern pattern, Optional<List<String>> words) {

	static Cue of(String regex) {
		return new Cue(Pattern.compile(regex), LeadingLiterals.of(regex));
	}

	/** Whether the cue may match somewhere in the text (its leading words are there). */
	boolean possibleIn(String folded) {
		return this.words.isEmpty() || LeadingLiterals.anyIn(folded, this.words.get());
	}

	/**
	 * Whether the cue matches the text. A match starts with one of the leading words, so
	 * the pattern is tried from the first of them on, not from every earlier position.
	 */
	boolean foundIn(String folded) {
		if (this.words.isEmpty()) {
			return this.pattern.matcher(folded).find();
		}
		int start = LeadingLiterals.firstIndexIn(folded, this.words.get());
		// the whole text stays the region: look-behinds and \b still see before start
		return start >= 0 && this.pattern.matcher(folded).find(start);
	}

}
