package crmcopilot.opportunities.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Company registry numbers in a text, normalised as {@code type:value}: French SIREN (9
 * digits) and SIRET (14 digits, kept as its SIREN) checked by their Luhn key, Senegalese
 * NINEA (7 to 9 digits, the COFI suffix such as "2G3" dropped, padded to 9) and RCCM
 * ("SN-DKR-2015-B-1234"). A number counts only after its label, so a phone number is
 * never taken for one.
 */
final class RegistryNumbers {

	private static final String DIGITS = "(\\d(?:[ .\\u00a0]?\\d){%d,%d})";

	private static final Pattern SIREN = Pattern
		.compile("(?i)\\bsiren\\s*(?:n[°o]\\.?\\s*)?[:=]?\\s*" + DIGITS.formatted(8, 8) + "(?!\\d)");

	private static final Pattern SIRET = Pattern
		.compile("(?i)\\bsiret\\s*(?:n[°o]\\.?\\s*)?[:=]?\\s*" + DIGITS.formatted(13, 13) + "(?!\\d)");

	private static final Pattern NINEA = Pattern.compile("(?i)\\bninea\\s*(?:n[°o]\\.?\\s*)?[:=]?\\s*"
			+ DIGITS.formatted(6, 8) + "(?:[ ]?\\d[A-Z]\\d)?(?![\\dA-Za-z])");

	private static final Pattern RCCM = Pattern.compile(
			"(?i)\\b(?:rccm|r\\.c\\.c\\.m\\.?)\\s*(?:n[°o]\\.?\\s*)?[:=]?\\s*(SN[ .\\-/]*[A-Z]{3}[ .\\-/]*\\d{4}[ .\\-/]*[A-Z][ .\\-/]*\\d{1,6})");

	private RegistryNumbers() {
	}

	static List<String> find(String text) {
		Set<String> found = new LinkedHashSet<>();
		Matcher m = SIREN.matcher(text);
		while (m.find()) {
			String digits = digits(m.group(1));
			if (luhn(digits)) {
				found.add("siren:" + digits);
			}
		}
		m = SIRET.matcher(text);
		while (m.find()) {
			String digits = digits(m.group(1));
			if (luhn(digits) || laPosteSiret(digits)) {
				found.add("siren:" + digits.substring(0, 9));
			}
		}
		m = NINEA.matcher(text);
		while (m.find()) {
			found.add("ninea:" + "0".repeat(9 - digits(m.group(1)).length()) + digits(m.group(1)));
		}
		m = RCCM.matcher(text);
		while (m.find()) {
			found.add("rccm:" + m.group(1).replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT));
		}
		return List.copyOf(found);
	}

	/** The Luhn check digit of SIREN and SIRET numbers. */
	static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	/**
	 * La Poste's establishments share SIREN 356000000; their SIRET sum of digits is a
	 * multiple of 5.
	 */
	private static boolean laPosteSiret(String digits) {
		return digits.startsWith("356000000") && digits.chars().map((c) -> c - '0').sum() % 5 == 0;
	}

	private static String digits(String text) {
		return text.replaceAll("\\D", "");
	}

}
