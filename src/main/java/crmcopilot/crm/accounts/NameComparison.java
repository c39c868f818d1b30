package crmcopilot.crm.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Two company names compared word by word (after {@link CompanyNames}): the same words,
 * the same words but for typos, one name contained in the other, an acronym of the other,
 * or a conflict — each name has a word the other lacks (a city, a trade: "Garage Central
 * de Thiès" is not "Garage Central de Mbour").
 *
 * @param verdict how the names relate
 * @param score 0..1, higher when more of the names agree
 * @param differing a word found in one name only (for the reason), or empty
 */
record NameComparison(Verdict verdict, double score, String differing) {

	enum Verdict {

		SAME, TYPO, CONTAINED, ACRONYM, CONFLICT, UNRELATED

	}

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	/**
	 * Trades, places and institution words that, shared alone, do not make two names the
	 * same company.
	 */
	private static final Set<String> COMMON = Set.of("garage", "cabinet", "maison", "boulangerie", "pharmacie",
			"clinique", "hotel", "restaurant", "transports", "transport", "agence", "banque", "centre", "ecole",
			"institut", "ministere", "direction", "mairie", "port", "laboratoire", "boutique", "quincaillerie",
			"conseil", "service", "industrie", "logistique", "commerce", "distribution", "immobilier", "construction",
			"btp", "sante", "assurance", "assurances", "telecom", "central", "centrale", "nationale", "national",
			"generale", "general", "africa", "afrique", "senegal", "dakar", "ouest", "universite", "hopital",
			"imprimerie", "import", "export", "auto", "media", "digital", "technologies", "solutions", "systemes",
			"autonome", "office", "caisse", "compagnie", "mutuelle", "ste", "st");

	static NameComparison compare(List<String> queryTokens, List<String> accountTokens) {
		List<String> query = core(queryTokens);
		List<String> account = core(accountTokens);
		if (query.isEmpty() || account.isEmpty()) {
			return new NameComparison(Verdict.UNRELATED, 0, "");
		}
		if (String.join("", query).equals(String.join("", account))) {
			return new NameComparison(Verdict.SAME, 1.0, "");
		}
		if (query.size() == 1 && account.size() >= 3 && query.get(0).equals(initials(account))) {
			return new NameComparison(Verdict.ACRONYM, 0.85, "");
		}
		List<String> unmatchedAccount = new ArrayList<>(account);
		List<String> unmatchedQuery = new ArrayList<>();
		List<String> shared = new ArrayList<>();
		int typos = 0;
		for (String word : query) {
			if (unmatchedAccount.remove(word)) {
				shared.add(word);
				continue;
			}
			String close = unmatchedAccount.stream().filter((other) -> typo(word, other)).findFirst().orElse(null);
			if (close != null) {
				unmatchedAccount.remove(close);
				shared.add(word);
				typos++;
			}
			else {
				unmatchedQuery.add(word);
			}
		}
		if (shared.isEmpty()) {
			return new NameComparison(Verdict.UNRELATED, 0, "");
		}
		if (!unmatchedQuery.isEmpty() && !unmatchedAccount.isEmpty()) {
			return new NameComparison(Verdict.CONFLICT, 0, unmatchedAccount.get(0));
		}
		double similarity = JARO_WINKLER.apply(String.join(" ", query), String.join(" ", account));
		if (unmatchedQuery.isEmpty() && unmatchedAccount.isEmpty()) {
			return new NameComparison(Verdict.TYPO, Math.min(0.96, 0.88 + similarity / 10 - 0.01 * typos), "");
		}
		if (shared.stream().allMatch(COMMON::contains)) {
			return new NameComparison(Verdict.UNRELATED, 0, "");
		}
		String extra = unmatchedQuery.isEmpty() ? unmatchedAccount.get(0) : unmatchedQuery.get(0);
		double coverage = (double) shared.size() / Math.max(query.size(), account.size());
		return new NameComparison(Verdict.CONTAINED, 0.78 + 0.1 * coverage - 0.01 * typos, extra);
	}

	/**
	 * The words that tell companies apart (weak words such as "Fils" or "Cie" left out).
	 */
	private static List<String> core(List<String> tokens) {
		List<String> core = tokens.stream().filter((token) -> !CompanyNames.WEAK.contains(token)).toList();
		return core.isEmpty() ? tokens : core;
	}

	private static String initials(List<String> tokens) {
		StringBuilder initials = new StringBuilder();
		tokens.forEach((token) -> initials.append(token.charAt(0)));
		return initials.toString();
	}

	/**
	 * One edit (insertion, deletion, substitution or two letters swapped) in a word of
	 * five letters or more, two in a word of nine or more; numbers must be equal.
	 */
	static boolean typo(String a, String b) {
		if (abbreviated(a, b) || abbreviated(b, a)) {
			return true;
		}
		if (Math.min(a.length(), b.length()) >= 4 && sound(a).equals(sound(b))) {
			return true;
		}
		int shorter = Math.min(a.length(), b.length());
		if (shorter < 5 || a.chars().anyMatch(Character::isDigit) || b.chars().anyMatch(Character::isDigit)) {
			return false;
		}
		int allowed = (shorter >= 9) ? 2 : 1;
		return Math.abs(a.length() - b.length()) <= allowed && editDistance(a, b) <= allowed;
	}

	/** "Deco" for "Décoration", "Intl" aside: a cut word of four letters or more. */
	private static boolean abbreviated(String shortWord, String word) {
		return shortWord.length() >= 4 && word.length() >= shortWord.length() + 2 && word.startsWith(shortWord)
				&& !COMMON.contains(word);
	}

	/**
	 * How a French word sounds, roughly: "Logistik" and "Logistique", "Dialo" and
	 * "Diallo" are written differently but said the same.
	 */
	private static String sound(String word) {
		String sound = word.replaceAll("(?<=.)(que|ques|c|ck|q)$", "k")
			.replace("qu", "k")
			.replace("ph", "f")
			.replace('y', 'i')
			.replaceAll("c(?=[aou])", "k")
			.replaceAll("(.)\\1+", "$1");
		return sound.replaceAll("(?<=..)[estxd]$", "");
	}

	/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits). */
	private static int editDistance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
