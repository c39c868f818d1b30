package crmcopilot.support.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns a customer's clause written in the first person into the second person (for a
 * reply) or the third (for a summary). A clause that cannot be turned without guessing a
 * conjugation gives null: the caller then does not quote it.
 */
final class Person {

	private static final int MAX_LENGTH = 140;

	private static final Pattern FRENCH_ADDRESSEE = Pattern.compile("(?iu)\\b(vous|votre|vos)\\b");

	private static final Pattern FRENCH_LEFT = Pattern
		.compile("(?iu)(?<![\\p{L}])(je|nous|ai)(?![\\p{L}])|(?<![\\p{L}])[jm]'");

	private static final Pattern ENGLISH_LEFT = Pattern.compile("\\bI\\b");

	private static final Pattern VOWEL_START = Pattern.compile("(?iu)^[aeiouyhéèêàâîôû].*");

	private static final Pattern ENGLISH_ADDRESSEE = Pattern.compile("(?i)\\b(you|your|yours|we|us|our)\\b");

	private static final List<Rule> FRENCH_SECOND = rules("je n'ai", "vous n'avez", "je ne suis", "vous n'êtes",
			"je l'ai", "vous l'avez", "j'avais", "vous aviez", "j'ai", "vous avez", "je suis", "vous êtes", "m'a",
			"vous a", "m'ont", "vous ont", "mon", "votre", "ma", "votre", "mes", "vos", "me", "vous", "moi", "vous");

	private static final List<Rule> FRENCH_THIRD = rules("je n'ai", "il n'a", "je ne suis", "il n'est", "je l'ai",
			"il l'a", "j'avais", "il avait", "j'ai", "il a", "je suis", "il est", "m'a", "lui a", "m'ont", "lui ont",
			"mon", "son", "ma", "sa", "mes", "ses", "me", "lui", "moi", "lui");

	private static final List<Rule> ENGLISH_SECOND = rules("I'm", "you are", "I am", "you are", "I've", "you have",
			"I have", "you have", "I was", "you were", "my", "your", "me", "you", "mine", "yours", "I", "you");

	private static final List<Rule> ENGLISH_THIRD = rules("I'm", "they are", "I am", "they are", "I've", "they have",
			"I have", "they have", "I was", "they were", "my", "their", "me", "them", "mine", "theirs", "I", "they");

	private Person() {
	}

	static @Nullable String frenchSecond(String clause) {
		return turn(clause, FRENCH_SECOND, FRENCH_ADDRESSEE, FRENCH_LEFT);
	}

	static @Nullable String frenchThird(String clause) {
		return turn(clause, FRENCH_THIRD, FRENCH_ADDRESSEE, FRENCH_LEFT);
	}

	static @Nullable String englishSecond(String clause) {
		return turn(clause, ENGLISH_SECOND, ENGLISH_ADDRESSEE, ENGLISH_LEFT);
	}

	static @Nullable String englishThird(String clause) {
		return turn(clause, ENGLISH_THIRD, ENGLISH_ADDRESSEE, ENGLISH_LEFT);
	}

	/** "que" before a clause, elided before a vowel ("qu'on"). */
	static String que(String clause) {
		return (VOWEL_START.matcher(clause).matches() ? "qu'" : "que ") + clause;
	}

	private static @Nullable String turn(String clause, List<Rule> rules, Pattern addressee, Pattern left) {
		String text = clause.strip().replace('’', '\'');
		if (text.isEmpty() || text.length() > MAX_LENGTH || addressee.matcher(text).find()) {
			return null;
		}
		String folded = caseFolded(text);
		for (Rule rule : rules) {
			// most rules' words are not in the clause: no need to run their pattern
			if (folded.contains(rule.folded())) {
				text = rule.words().matcher(text).replaceAll(rule.replacement());
				folded = caseFolded(text);
			}
		}
		if (left.matcher(text).find()) {
			return null;
		}
		if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
			text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
		}
		return text;
	}

	/**
	 * Each character as a case-insensitive Unicode pattern compares it (upper, then lower
	 * case): a clause where a rule's words match contains the rule's words so folded.
	 */
	private static String caseFolded(String text) {
		char[] folded = new char[text.length()];
		for (int i = 0; i < folded.length; i++) {
			folded[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
		}
		return new String(folded);
	}

	/**
	 * Each pair: the words of the customer's person, then their replacement, in order.
	 */
	private static List<Rule> rules(String... pairs) {
		Map<String, String> byWords = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			byWords.put(pairs[i], pairs[i + 1]);
		}
		List<Rule> rules = new ArrayList<>();
		byWords.forEach((words, replacement) -> rules
			.add(new Rule(Pattern.compile("(?iu)(?<![\\p{L}'])" + Pattern.quote(words) + "(?![\\p{L}])"),
					Matcher.quoteReplacement(replacement), caseFolded(words))));
		return List.copyOf(rules);
	}

	/**
	 * @param folded the words case-folded as the pattern compares them
	 */
	private record Rule(Pattern words, String replacement, String folded) {

	}

}
