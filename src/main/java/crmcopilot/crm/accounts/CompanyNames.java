package crmcopilot.crm.accounts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Company names as sales people write them, reduced to comparable words: accents, case,
 * punctuation, legal forms (SARL, S.A., SUARL, GIE...), articles and the words that open
 * a note without being part of the name ("Relance", "RDV", "Mail de", "Compte rendu") are
 * removed; abbreviations are written one way (Sainte → ste, Compagnie → cie).
 */
final class CompanyNames {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** "Sté" (société) is told from "Ste" (sainte) by its accent, before folding. */
	private static final Pattern SOCIETE_ABBREVIATION = Pattern.compile("(?iu)(?<![\\p{L}])st\u00e9\\.?(?=\\s|$)");

	private static final Pattern DOTTED_ACRONYM = Pattern
		.compile("(?<![\\p{L}])((?:\\p{L}\\.)+\\p{L})\\.?(?![\\p{L}])");

	private static final Set<String> LEGAL_FORMS = Set.of("sarl", "sa", "sas", "sasu", "suarl", "gie", "snc", "eurl",
			"scs", "sca", "scp", "ltd", "inc", "gmbh", "plc", "llc", "societe", "sgbs", "sci");

	private static final Set<String> ARTICLES = Set.of("la", "le", "les", "l", "de", "du", "des", "d", "et", "en", "au",
			"aux", "a", "the", "of", "and");

	/**
	 * Words that open a note, an e-mail subject or a header and are not part of the
	 * company's name; removed only at the start.
	 */
	private static final Set<String> LEADING_NOISE = Set.of("relance", "rdv", "rendez", "vous", "mail", "email",
			"courriel", "appel", "compte", "rendu", "cr", "suivi", "note", "notes", "visite", "reunion", "re", "tr",
			"fwd", "fw", "objet", "client", "cliente", "prospect", "chez", "avec", "pour", "urgent", "demo", "devis",
			"offre", "proposition", "nouvelle", "nouveau", "rappel", "point", "call", "message", "memo", "retour",
			"echange", "telephonique", "entretien", "info", "infos");

	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("sainte", "ste"),
			Map.entry("saint", "st"), Map.entry("compagnie", "cie"), Map.entry("etablissements", "ets"),
			Map.entry("etablissement", "ets"), Map.entry("ets", "ets"), Map.entry("freres", "freres"),
			Map.entry("international", "intl"), Map.entry("internationale", "intl"), Map.entry("intl", "intl"),
			Map.entry("industries", "industrie"), Map.entry("services", "service"),
			Map.entry("entreprises", "entreprise"), Map.entry("groupe", "groupe"), Map.entry("group", "groupe"));

	/**
	 * Words too common in company names to tell two companies apart when one name lacks
	 * them ("Diop & Fils" is "Diop").
	 */
	static final Set<String> WEAK = Set.of("fils", "freres", "cie", "ets", "groupe", "entreprise", "holding", "intl",
			"associes", "company", "co", "corporation", "corp");

	private CompanyNames() {
	}

	/** The comparable words of a name as an account holds it. */
	static List<String> tokens(String name) {
		return words(name, false);
	}

	/** The comparable words of a name as a note gives it (leading note words removed). */
	static List<String> queryTokens(String name) {
		return words(name, true);
	}

	private static List<String> words(String name, boolean stripLeadingNoise) {
		List<String> tokens = fold(name, stripLeadingNoise);
		return (tokens.isEmpty() && stripLeadingNoise) ? fold(name, false) : tokens;
	}

	private static List<String> fold(String name, boolean stripLeadingNoise) {
		String text = SOCIETE_ABBREVIATION.matcher(name).replaceAll(" societe ");
		text = DOTTED_ACRONYM.matcher(text).replaceAll((m) -> m.group(1).replace(".", "") + " ");
		text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
			.replaceAll("")
			.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.replace("&", " et ");
		List<String> tokens = new ArrayList<>();
		for (String raw : text.split("[^\\p{L}\\p{N}]+")) {
			if (raw.isEmpty()) {
				continue;
			}
			if (stripLeadingNoise && tokens.isEmpty() && LEADING_NOISE.contains(raw)) {
				continue;
			}
			if (LEGAL_FORMS.contains(raw) || ARTICLES.contains(raw) || (raw.length() == 1 && !raw.equals(text))) {
				continue;
			}
			tokens.add(ABBREVIATIONS.getOrDefault(raw, raw));
		}
		return tokens;
	}

	/** The blocking keys of a word: its first and its last three letters. */
	static List<String> blockKeys(List<String> tokens) {
		List<String> keys = new ArrayList<>();
		for (String token : tokens) {
			if (token.length() < 3 || WEAK.contains(token)) {
				continue;
			}
			keys.add("p:" + token.substring(0, 3));
			keys.add("s:" + token.substring(token.length() - 3));
		}
		if (keys.isEmpty() && !tokens.isEmpty()) {
			keys.add("w:" + String.join("", tokens));
		}
		return keys;
	}

}
