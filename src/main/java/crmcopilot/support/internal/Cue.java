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

	/** Whether the cue matches the text. */
	boolean foundIn(String folded) {
		return possibleIn(folded) && this.pattern.matcher(folded).find();
	}

}
