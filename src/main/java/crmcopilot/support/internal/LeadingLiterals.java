package crmcopilot.support.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words a cue pattern cannot match without: for each top-level alternative of a
 * regular expression, the literal text it starts with. A text that contains none of them
 * cannot match, so the pattern need not scan it. Patterns with an alternative that starts
 * otherwise (a character class, an optional group) have none, and are always scanned.
 */
final class LeadingLiterals {

	private static final String META = ".[]{}()*+?^$|\\";

	private LeadingLiterals() {
	}

	/** The leading literal of each alternative, or empty when one has none. */
	static Optional<List<String>> of(String regex) {
		List<String> literals = new ArrayList<>();
		for (String alternative : alternatives(regex)) {
			Optional<List<String>> leading = leading(alternative);
			if (leading.isEmpty()) {
				return Optional.empty();
			}
			literals.addAll(leading.get());
		}
		return Optional.of(List.copyOf(literals));
	}

	/** Whether the text contains one of the literals. */
	static boolean anyIn(String text, List<String> literals) {
		for (String literal : literals) {
			if (text.contains(literal)) {
				return true;
			}
		}
		return false;
	}

	/** Where the first of the literals starts in the text, or -1 when none is there. */
	static int firstIndexIn(String text, List<String> literals) {
		int first = -1;
		for (String literal : literals) {
			int index = text.indexOf(literal);
			if (index >= 0 && (first < 0 || index < first)) {
				first = index;
			}
		}
		return first;
	}

	private static Optional<List<String>> leading(String alternative) {
		String rest = alternative.startsWith("\\b") ? alternative.substring(2) : alternative;
		if (rest.startsWith("(")) {
			int close = closing(rest);
			if (close < 0 || (close + 1 < rest.length() && "?*{".indexOf(rest.charAt(close + 1)) >= 0)) {
				return Optional.empty();
			}
			String inner = rest.substring(rest.startsWith("(?:") ? 3 : 1, close);
			return (inner.startsWith("?")) ? Optional.empty() : of(inner);
		}
		int end = 0;
		while (end < rest.length() && META.indexOf(rest.charAt(end)) < 0) {
			end++;
		}
		// a quantifier after the run makes its last character optional
		if (end < rest.length() && "?*{".indexOf(rest.charAt(end)) >= 0) {
			end--;
		}
		return (end >= 2) ? Optional.of(List.of(rest.substring(0, end))) : Optional.empty();
	}

	private static int closing(String text) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> alternatives(String regex) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean inClass = false;
		int start = 0;
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == ']') {
				inClass = false;
			}
			else if (!inClass && c == '(') {
				depth++;
			}
			else if (!inClass && c == ')') {
				depth--;
			}
			else if (!inClass && depth == 0 && c == '|') {
				parts.add(regex.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(regex.substring(start));
		return parts;
	}

}
