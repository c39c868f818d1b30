package crmcopilot.crm;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Company and person names reduced for comparison: no accents, no case, no legal form
 * (SA, SARL, SAS, SUARL, GIE...), no articles, no punctuation. "La Société Transports
 * Diallo S.A.R.L." and "transports diallo" compare equal.
 */
public final class AccountNameNormaliser {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern LEGAL_FORMS = Pattern.compile(
			"(?<![\\p{L}\\p{N}])(?:s\\.a\\.r\\.l\\.?|s\\.a\\.s\\.?|s\\.a\\.|sa|sarl|suarl|sasu|sas|gie|snc|eurl|scs|sca|scp|ltd|inc|gmbh|plc|llc|ste|societe)(?![\\p{L}\\p{N}])");

	private static final Pattern ARTICLES = Pattern
		.compile("(?<![\\p{L}\\p{N}])(?:la|le|les|l'|de|du|des|d'|et)(?![\\p{L}\\p{N}])");

	private AccountNameNormaliser() {
	}

	public static String normalise(String name) {
		String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
			.replaceAll("")
			.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.replace('&', ' ');
		folded = LEGAL_FORMS.matcher(folded).replaceAll(" ");
		folded = ARTICLES.matcher(folded).replaceAll(" ");
		return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
	}

}
