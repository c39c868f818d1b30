package crmcopilot.support.internal;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a message asks, apart from what it tells: its sentences that end with a question
 * mark, less those that only point back to what the message named before. An article must
 * share a word with them ({@link ReplyGrounding}).
 */
final class AskedSentences {

	/**
	 * Verbs that ask how to get what the message named before: "Comment dois-je procéder
	 * ?", "Où est-ce que je peux la récupérer ?", "Elle doit apporter quoi ?".
	 */
	private static final Set<String> GENERIC_ASKING = Set
		.copyOf(TextTokens.tokens("procéder récupérer obtenir regarder voir demander faire avoir apporter prévoir"));

	/**
	 * A clause that sets the case the question is about: "Si je vous le renvoie, ça me
	 * coûte combien ?" asks about sending it back.
	 */
	private static final Pattern SUPPOSING = Pattern
		.compile("(?:^|,|\\b(?:et|mais))\\s*(?:si|s'il|s'ils|au cas ou|en cas d)\\b[^,]*$");

	/** A sentence that ends with a question mark. */
	private static final Pattern QUESTION_SENTENCE = Pattern.compile("[^.!?\\n]*\\?");

	/**
	 * A question of a subject, a verb and a question word, about what the message named
	 * before: "Je le récupère où ?", "Je regarde où ?", "On fait comment ?".
	 */
	private static final Pattern POINTING_BACK = Pattern
		.compile("(?iu)\\s*(et\\s+)?(je|j'|j’|on|tu|vous|il|elle|ça|ca)\\s*"
				+ "(le |la |les |l'|l’|en |y |lui |leur )?[\\p{L}-]+\\s+(où|ou|comment|quand|quoi|alors|donc)?\\s*\\?");

	private AskedSentences() {
	}

	/**
	 * The sentences that end with a question mark: what is asked, apart from what the
	 * customer tells around it ("Vous faites du sur-mesure ? Je voudrais un grand
	 * boubou..." asks about made-to-measure, not sizes). Empty when none does, or when
	 * they are only words that point back ("Comment on fait ?"): the whole message then
	 * says what is asked.
	 */
	static String of(String text) {
		return of(text, (token) -> false);
	}

	/**
	 * @param topic whether a word is what an article is about: the clause before the
	 * question mark is what is asked when it holds one ("il est trop fort pour nous, je
	 * peux vous le retourner ?"), else it points back to the sentence ("j'ai 100 points,
	 * j'ai droit à quoi ?")
	 */
	static String of(String text, Predicate<String> topic) {
		StringBuilder asked = new StringBuilder();
		Matcher sentence = QUESTION_SENTENCE.matcher(text);
		while (sentence.find()) {
			String question = sentence.group();
			int comma = question.lastIndexOf(", ");
			if (comma > 0 && TextTokens.tokens(question.substring(comma)).stream().anyMatch(topic)
					&& !SUPPOSING.matcher(TextTokens.fold(question.substring(0, comma))).find()) {
				question = question.substring(comma + 2);
			}
			if (!POINTING_BACK.matcher(question).matches()
					&& !GENERIC_ASKING.containsAll(TextTokens.tokens(question))) {
				asked.append(question).append(' ');
			}
		}
		return TextTokens.tokens(asked.toString()).isEmpty() ? "" : asked.toString().strip();
	}

}
