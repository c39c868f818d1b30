package crmcopilot.campaigns.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import crmcopilot.shared.SecureTokens;

/**
 * E-mails and phone numbers as Google's Customer Match matches them: trimmed, lower case,
 * no dots before {@code @gmail.com}, phones in E.164, then SHA-256 in lower-case hex.
 */
final class ContactNormaliser {

	/** National numbers (a leading 0) are taken as French ones. */
	static final String DEFAULT_COUNTRY_CODE = "33";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

	private ContactNormaliser() {
	}

	/** The normalised address, or null when it is not one. */
	static @Nullable String email(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String email = value.strip().toLowerCase(Locale.ROOT);
		if (!EMAIL.matcher(email).matches()) {
			return null;
		}
		int at = email.indexOf('@');
		String domain = email.substring(at + 1);
		if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
			email = email.substring(0, at).replace(".", "") + "@" + domain;
		}
		return email;
	}

	/** The number in E.164 ({@code +33612345678}), or null when it cannot be one. */
	static @Nullable String phone(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String digits = value.strip().replaceAll("[\\s.\\-()/]", "");
		if (digits.startsWith("00")) {
			digits = "+" + digits.substring(2);
		}
		else if (digits.startsWith("0")) {
			digits = "+" + DEFAULT_COUNTRY_CODE + digits.substring(1);
		}
		else if (!digits.startsWith("+")) {
			digits = "+" + digits;
		}
		return E164.matcher(digits).matches() ? digits : null;
	}

	/** What Google expects of a hashed identifier. */
	static String sha256(String normalised) {
		return SecureTokens.hash(normalised);
	}

}
