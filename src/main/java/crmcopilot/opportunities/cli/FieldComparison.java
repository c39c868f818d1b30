package crmcopilot.opportunities.cli;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import crmcopilot.crm.AccountNameNormaliser;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * How an extracted value is compared with the expected one: names case-, accent- and
 * legal-form-insensitively, amounts numerically, phones as digits, the rest case- and
 * accent-insensitively. Null equals null.
 */
final class FieldComparison {

	private static final Set<String> NAMES = Set.of("account", "contact_name", "opportunity_name");

	private FieldComparison() {
	}

	static boolean same(String key, @Nullable JsonNode expected, @Nullable Object actual) {
		boolean expectedNull = expected == null || expected.isNull()
				|| (expected.isString() && expected.asString().isBlank());
		if (expectedNull || actual == null) {
			return expectedNull && actual == null;
		}
		String want = expected.asString();
		String got = actual.toString();
		if (NAMES.contains(key)) {
			return AccountNameNormaliser.normalise(dashes(want)).equals(AccountNameNormaliser.normalise(dashes(got)));
		}
		if (key.equals("amount")) {
			try {
				return new BigDecimal(want).compareTo(new BigDecimal(got)) == 0;
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}
		if (key.equals("phone")) {
			return want.replaceAll("\\D", "").equals(got.replaceAll("\\D", ""));
		}
		return fold(want).equals(fold(got));
	}

	private static String dashes(String value) {
		return value.replace('\u2013', ' ').replace('\u2014', ' ').replace(" - ", " ");
	}

	static String fold(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.replaceAll("\\s+", " ")
			.trim();
	}

}
