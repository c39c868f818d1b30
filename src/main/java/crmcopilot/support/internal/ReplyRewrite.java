package crmcopilot.support.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the reply an agent sent rewrites the proposed one rather than touching it up:
 * the two texts' words overlap (Dice coefficient over distinct words, accents and case
 * ignored) less than {@link #KEPT}. A greeting, a signature or a corrected word keeps the
 * proposal; a new answer does not, and counts as a correction of the AI.
 */
final class ReplyRewrite {

	/** Word overlap at or above which the proposal is considered kept. */
	static final double KEPT = 0.7;

	private ReplyRewrite() {
	}

	static boolean rewritten(String proposed, String sent) {
		Set<String> before = words(proposed);
		Set<String> after = words(sent);
		if (before.isEmpty() || after.isEmpty()) {
			return before.isEmpty() != after.isEmpty();
		}
		long shared = before.stream().filter(after::contains).count();
		return 2.0 * shared / (before.size() + after.size()) < KEPT;
	}

	private static Set<String> words(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> !word.isEmpty())
			.collect(Collectors.toSet());
	}

}
