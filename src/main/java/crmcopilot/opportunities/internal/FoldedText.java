package crmcopilot.opportunities.internal;

import java.text.Normalizer;

/**
 * A text lower-cased and stripped of accents character by character, so offsets in the
 * folded copy are offsets in the original: rules match on the folded copy and report
 * spans of the original.
 */
record FoldedText(String original, String folded) {

	static FoldedText of(String text) {
		return new FoldedText(text, fold(text));
	}

	static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			out.append(foldChar(text.charAt(i)));
		}
		return out.toString();
	}

	private static char foldChar(char c) {
		if (c < 128) {
			return Character.toLowerCase(c);
		}
		if (c == '\u2019' || c == '\u2018' || c == '\u02bc') {
			return '\'';
		}
		if (c == '\u00a0' || c == '\u202f' || c == '\u2009') {
			return ' ';
		}
		if (c == '\u2013' || c == '\u2014') {
			return '-';
		}
		if (c == '\u0153' || c == '\u0152') {
			return 'o';
		}
		if (c == '\u00e6' || c == '\u00c6') {
			return 'a';
		}
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		char base = decomposed.isEmpty() ? c : decomposed.charAt(0);
		return Character.toLowerCase(base);
	}

	/**
	 * The same text with every occurrence of {@code phrase} blanked out (offsets kept).
	 */
	FoldedText masked(String phrase) {
		String needle = fold(phrase);
		if (needle.length() < 3) {
			return this;
		}
		StringBuilder original = new StringBuilder(this.original);
		StringBuilder folded = new StringBuilder(this.folded);
		int at = this.folded.indexOf(needle);
		while (at >= 0) {
			for (int i = at; i < at + needle.length(); i++) {
				original.setCharAt(i, ' ');
				folded.setCharAt(i, ' ');
			}
			at = this.folded.indexOf(needle, at + needle.length());
		}
		return new FoldedText(original.toString(), folded.toString());
	}

	String span(int start, int end) {
		return this.original.substring(start, end);
	}

}
