package crmcopilot.opportunities.internal;

import java.util.regex.Pattern;

/**
 * Legal forms of companies (SA, SARL, SAS, SUARL, GIE...), to find and to ignore in
 * names.
 */
final class LegalForms {

	/**
	 * Case-sensitive: "SA" must be upper case ("sa" is a French word), the others not.
	 */
	static final String PATTERN = "(?:S\\.A\\.R\\.L\\.?|S\\.A\\.S\\.?|S\\.A\\.|SA|(?i:sarl|suarl|sasu|sas|gie|snc|eurl|scs|sca|scp|ltd|inc|gmbh|plc|llc))";

	private static final Pattern TRAILING_OR_LEADING = Pattern.compile(
			"(?i)(?:^|\\s)(?:s\\.a\\.r\\.l\\.?|s\\.a\\.s\\.?|s\\.a\\.|sa|sarl|suarl|sasu|sas|gie|snc|eurl|scs|sca|scp|ltd|inc|gmbh|plc|llc|groupe|group|ste|societe)(?=\\s|$|[,.)])");

	private LegalForms() {
	}

	/** The name folded (case, accents), without legal forms or punctuation. */
	static String normalise(String name) {
		String folded = FoldedText.fold(name).replace('&', ' ');
		String stripped = TRAILING_OR_LEADING.matcher(" " + folded + " ").replaceAll(" ");
		stripped = stripped.replaceAll("\\b(la|le|les|l'|de|du|des|d')\\b", " ");
		return stripped.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
	}

}
