package crmcopilot.support.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tokens for lexical retrieval: lower case, no accents, no stop words, light stemming.
 */
final class TextTokens {

	private static final Set<String> STOP_WORDS = Set.of("le", "la", "les", "un", "une", "des", "du", "de", "d", "l",
			"et", "ou", "a", "au", "aux", "en", "dans", "par", "pour", "sur", "avec", "sans", "ce", "ces", "cet",
			"cette", "je", "j", "tu", "il", "elle", "nous", "vous", "ils", "elles", "me", "m", "te", "se", "s", "mon",
			"ma", "mes", "votre", "vos", "notre", "nos", "son", "sa", "ses", "leur", "qui", "que", "qu", "quoi", "est",
			"sont", "ai", "as", "avez", "avons", "ont", "suis", "etes", "etre", "avoir", "pas", "ne", "n", "plus",
			"bonjour", "merci", "madame", "monsieur", "svp", "the", "an", "and", "or", "of", "to", "in", "on", "for",
			"with", "without", "is", "are", "was", "were", "be", "been", "i", "you", "he", "she", "we", "they", "my",
			"your", "our", "their", "it", "its", "this", "that", "these", "those", "do", "does", "did", "have", "has",
			"had", "not", "no", "hello", "hi", "thanks", "thank", "please", "dear", "can", "could", "would", "will",
			"what", "when", "how", "bien", "tres", "si", "y", "c", "ca", "bonsoir", "cordialement", "regards",
			// question and modal words say how something is asked, not what
			"comment", "combien", "quel", "quelle", "quels", "quelles", "quand", "pourquoi", "pouvez", "pourriez",
			"peux", "peut", "puis", "pouvoir", "faut", "faire", "fait", "voudrais", "voudrai", "souhaite",
			"souhaiterais", "aimerais", "veux", "possible", "moi", "sera", "besoin", "savoir", "dire", "trouve",
			"trouver", "want", "like", "need", "know", "where", "which", "why",
			// forms of être, avoir, pouvoir, vouloir and greetings that the list above
			// misses
			"sommes", "etait", "serait", "seront", "voudrions", "voulons", "voulez", "pourrais", "pourrait", "pouvons",
			"peuvent", "fais", "chez", "jusqu", "jusque", "encore", "aussi", "deja", "bjr", "slt", "salut", "stp",
			// forms of avoir, être, aller; fillers of written speech; Wolof greetings and
			// fillers of Senegalese French
			"avais", "avait", "avions", "aviez", "avaient", "ete", "etais", "va", "vais", "vas", "allez", "vont",
			"tout", "toute", "tous", "toutes", "mais", "alors", "donc", "maintenant", "exactement", "vraiment", "juste",
			"ok", "okay", "cc", "coucou", "dama", "salam", "salamalekum", "jamm", "waaw", "jai",
			// "passer" a command, by the shop, a call: says nothing of the subject ("mot
			// de passe" is a phrase of the synonym table)
			"passer", "passe", "passee", "passees", "passes", "passez",
			// days say when something happened more often than what is asked ("commandé
			// lundi"); opening days are asked with "ouvert", "horaires"
			"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
			// adverbs, prepositions and common verbs of French that carry no subject
			"apres", "depuis", "aujourd", "hui", "hier", "demain", "dois", "doit", "devons", "devez", "doivent",
			"devrais", "devrait", "aller", "voulais", "voulait", "meme", "memes", "dit", "dis", "comme", "cela", "ceci",
			"celui", "celle", "ceux", "dont", "lorsque", "puisque", "car", "parce", "entre", "vers", "selon", "pendant",
			"durant", "chaque", "autre", "autres", "peu", "beaucoup", "ici", "quelque", "quelques", "chose", "choses",
			"finalement", "ni", "sais", "sait", "vs", "bref", "enfin", "bah", "ben", "oui", "non", "voila", "voici",
			"avant", "moins",
			// currencies: an amount says what the message is about only through its words
			"fcfa", "cfa", "xof", "euro", "euros", "eur");

	/**
	 * Words that are another form of the same word: "2 ans" answers "combien d'années".
	 */
	private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

	private static final java.util.Map<String, String> EQUIVALENTS = java.util.Map.of("ans", "annees");

	private TextTokens() {
	}

	static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		for (int i = 0; i < lower.length(); i++) {
			if (lower.charAt(i) > 127) {
				return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
			}
		}
		// plain ASCII has no accent to take off
		return lower;
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		String[] words = fold(text).split("[^a-z0-9]+");
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			int phrase = PHRASE_STARTS.contains(word) ? phraseLength(words, i) : 0;
			if (phrase > 0) {
				tokens.addAll(SYNONYMS.get(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + phrase))));
				i += phrase - 1;
				continue;
			}
			List<String> synonym = SYNONYMS.get(word);
			if (synonym != null) {
				tokens.addAll(synonym);
				continue;
			}
			if (word.length() < 2 || STOP_WORDS.contains(word)) {
				continue;
			}
			tokens.add(stem(EQUIVALENTS.getOrDefault(word, word)));
		}
		return tokens;
	}

	/**
	 * The token of each place (a city of the synonym table) in the text, in order: read
	 * as its country by {@link #tokens}, it is read as itself too where a knowledge base
	 * names it.
	 */
	static List<String> places(String text) {
		return places(text, TextTokens::whereTheCustomerIs);
	}

	/**
	 * The token of each city (or district) the text names, wherever the customer is said
	 * to be.
	 */
	static Set<String> cities(String text) {
		return new java.util.HashSet<>(places(text, (words, index) -> false));
	}

	/**
	 * The token of each city (or district) an article names as a place it speaks of, not
	 * one it names as the limit of what it covers: "pas de paiement à la réception hors
	 * d'Abidjan" is about the towns outside Abidjan.
	 */
	static Set<String> citiesCovered(String text) {
		return new java.util.HashSet<>(places(text, TextTokens::outside));
	}

	/**
	 * @param leftOut whether the place at an index of the folded words is left out
	 */
	private static List<String> places(String text, java.util.function.BiPredicate<String[], Integer> leftOut) {
		List<String> places = new ArrayList<>();
		String[] words = fold(text).split("[^a-z0-9]+");
		for (int i = 0; i < words.length; i++) {
			List<String> place = SYNONYMS.get(Synonyms.PLACE + words[i]);
			if (place != null && !leftOut.test(words, i)) {
				places.addAll(place);
			}
		}
		return places;
	}

	/** Whether the place at {@code index} follows "hors (de / du / du grand)". */
	private static boolean outside(String[] words, int index) {
		for (int i = index - 1; i >= Math.max(0, index - 3); i--) {
			if ("hors".equals(words[i]) || "dehors".equals(words[i])) {
				return true;
			}
			if (!BEFORE_OUTSIDE_PLACE.contains(words[i])) {
				return false;
			}
		}
		return false;
	}

	private static final Set<String> BEFORE_OUTSIDE_PLACE = Set.of("de", "du", "d", "la", "le", "l", "grand", "grande");

	/**
	 * The tokens of the countries the text names by name ("Belgique", "sénégalaise"), not
	 * through a city.
	 */
	static Set<String> countriesByName(String text) {
		return countries(tokens(java.util.Arrays.stream(fold(text).split("[^a-z0-9]+"))
			.filter((word) -> !SYNONYMS.containsKey(Synonyms.PLACE + word))
			.collect(java.util.stream.Collectors.joining(" "))));
	}

	/**
	 * The tokens of the countries the text names, by name ("Sénégal", "Côte d'Ivoire") or
	 * through a city ("Dakar").
	 */
	static Set<String> countries(String text) {
		return countries(tokens(text));
	}

	/** The same, of a text's {@link #tokens}. */
	static Set<String> countries(List<String> tokens) {
		Set<String> countries = new java.util.HashSet<>();
		// every word of the name: "à côté" does not name Côte d'Ivoire
		COUNTRIES.stream().filter(tokens::containsAll).forEach(countries::addAll);
		return countries;
	}

	/**
	 * The place at {@code index} follows "je suis à", "j'habite à", "je vis en",
	 * "depuis": it says where the customer is, rarely what is asked ("je suis à
	 * Yamoussoukro, je peux payer à la livraison ?").
	 */
	private static boolean whereTheCustomerIs(String[] words, int index) {
		if (index >= 1 && "depuis".equals(words[index - 1])) {
			return true;
		}
		return index >= 2 && AT.contains(words[index - 1]) && BEING.contains(words[index - 2]);
	}

	private static final Set<String> AT = Set.of("a", "au", "en", "sur", "vers");

	private static final Set<String> BEING = Set.of("suis", "habite", "vis", "reside", "trouve", "installe",
			"installee", "sommes", "habitons", "vivons");

	/**
	 * Words in a row at {@code start} that form a phrase of the table, longest first, or
	 * 0.
	 */
	private static int phraseLength(String[] words, int start) {
		for (int length = Math.min(PHRASE_WORDS, words.length - start); length > 1; length--) {
			if (SYNONYMS.containsKey(String.join(" ", java.util.Arrays.copyOfRange(words, start, start + length)))) {
				return length;
			}
		}
		return 0;
	}

	/**
	 * A light French and English suffix stripping, then a shared prefix: "livré",
	 * "livrez" and "livraison" meet, as do "rembourser" and "remboursement".
	 */
	static String stem(String word) {
		if (word.chars().allMatch(Character::isDigit)) {
			return word;
		}
		// the plural first: "paniers" and "panier" meet
		String stem = (word.endsWith("s") && word.length() > 5) ? word.substring(0, word.length() - 1) : word;
		for (String suffix : SUFFIXES) {
			if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 4) {
				stem = stem.substring(0, stem.length() - suffix.length());
				break;
			}
		}
		return (stem.length() > 6) ? stem.substring(0, 6) : stem;
	}

	private static final List<String> SUFFIXES = List.of("issements", "issement", "ements", "ement", "ations", "ation",
			"aisons", "aison", "ons", "ees", "ee", "es", "er", "ez", "e", "s", "ing", "ed");

	/**
	 * Words of customer service that mean the same thing ("rendre" and "retourner", "9 h"
	 * and "heures", "Dakar" and "Sénégal"): each form is read as its group's tokens.
	 * Written in {@code support/synonyms-fr.txt}; declared after the suffixes, which its
	 * forms are stemmed with.
	 */
	private static final java.util.Map<String, List<String>> SYNONYMS = Synonyms.load("support/synonyms-fr.txt");

	/** The tokens of each country cities stand for. */
	private static final Set<List<String>> COUNTRIES = SYNONYMS.entrySet()
		.stream()
		.filter((entry) -> SYNONYMS.containsKey(Synonyms.PLACE + entry.getKey()))
		.map(java.util.Map.Entry::getValue)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	/** First words of the table's phrases ("ou en est"): only they start a look-ahead. */
	private static final Set<String> PHRASE_STARTS = SYNONYMS.keySet()
		.stream()
		.filter((form) -> form.contains(" "))
		.map((form) -> form.substring(0, form.indexOf(' ')))
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	/** Words of the longest phrase of the table. */
	private static final int PHRASE_WORDS = SYNONYMS.keySet()
		.stream()
		.mapToInt((form) -> form.split(" ").length)
		.max()
		.orElse(1);

}
