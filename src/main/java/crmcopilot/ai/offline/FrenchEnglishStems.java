package crmcopilot.ai.offline;

import java.util.Set;

/**
 * Light stemming and function words for French and English, on normalised tokens (lower
 * case, no accents). Light on purpose (plural, gender, common verb and noun endings):
 * with few examples, "rembourse", "remboursement" and "remboursee" should meet, and an
 * over-eager stemmer merges words that tell categories apart.
 */
final class FrenchEnglishStems {

	private static final String[] SUFFIXES = { "issements", "issement", "ements", "ement", "ations", "ation", "ements",
			"ateurs", "atrices", "ateur", "atrice", "ances", "ance", "ences", "ence", "ables", "able", "euses", "euse",
			"eurs", "eur", "ions", "ing", "ees", "ee", "es", "er", "ez", "ed", "e", "s", "x" };

	private static final int MIN_STEM = 3;

	private static final Set<String> STOP_WORDS = Set.of(
			// French
			"le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "a", "au", "aux", "en", "dans",
			"pour", "par", "sur", "avec", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son",
			"sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "je", "j", "tu", "il", "elle", "on", "nous",
			"vous", "ils", "elles", "me", "m", "te", "t", "se", "s", "y", "que", "qu", "qui", "est", "suis", "sont",
			"ai", "avons", "avez", "ont", "c", "ca", "bonjour", "bonsoir", "merci", "cordialement", "madame",
			"monsieur", "svp", "bjr", "slt",
			// English
			"the", "an", "and", "or", "of", "to", "in", "for", "with", "my", "your", "i", "you", "we", "it", "is",
			"are", "be", "was", "this", "that", "our", "at", "from", "hi", "hello", "thanks", "please", "regards",
			"dear");

	private FrenchEnglishStems() {
	}

	static boolean isStopWord(String token) {
		return STOP_WORDS.contains(token);
	}

	/** The token without its longest known ending, keeping at least three letters. */
	static String stem(String token) {
		if (token.length() <= MIN_STEM || !Character.isLetter(token.charAt(token.length() - 1))) {
			return token;
		}
		for (String suffix : SUFFIXES) {
			if (token.length() - suffix.length() >= MIN_STEM && token.endsWith(suffix)) {
				return token.substring(0, token.length() - suffix.length());
			}
		}
		return token;
	}

}
