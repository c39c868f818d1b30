package crmcopilot.opportunities.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import crmcopilot.crm.CompanyClues;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Phones (libphonenumber, E.164, the text's country as default region) and email
 * addresses. A phone introduced by "standard" or "accueil" is the account's, a fax is
 * ignored, anything else may be the contact's.
 */
final class ContactPoints {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	static final Set<String> GENERIC_MAILBOXES = Set.of("info", "contact", "contacts", "marches", "marche", "appels",
			"ao", "noreply", "no-reply", "secretariat", "commercial", "commerciale", "direction", "accueil", "admin",
			"support", "dao", "achats", "courrier", "hello", "bonjour", "office", "sales", "ventes");

	static final Set<String> FREE_MAIL = CompanyClues.FREE_MAIL;

	private ContactPoints() {
	}

	record Phone(String e164, int start, int end, String role, boolean mobile) {
	}

	record Email(String address, int start, int end, boolean generic) {
	}

	static List<Phone> phones(FoldedText text, String region) {
		List<Phone> phones = new ArrayList<>();
		for (PhoneNumberMatch match : PHONES.findNumbers(text.original(), region, PhoneNumberUtil.Leniency.VALID,
				Long.MAX_VALUE)) {
			String before = text.folded().substring(Math.max(0, match.start() - 25), match.start());
			int lineStart = before.lastIndexOf('\n');
			if (lineStart >= 0) {
				before = before.substring(lineStart + 1);
			}
			String role = before.contains("fax") ? "fax"
					: (before.contains("standard") || before.contains("accueil") || before.contains("siege")
							|| before.contains("bureau") || before.contains("fixe")) ? "account" : "contact";
			PhoneNumberUtil.PhoneNumberType type = PHONES.getNumberType(match.number());
			boolean mobile = type == PhoneNumberUtil.PhoneNumberType.MOBILE
					|| type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
			phones.add(new Phone(PHONES.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164), match.start(),
					match.end(), role, mobile));
		}
		return phones;
	}

	static List<Email> emails(FoldedText text) {
		List<Email> emails = new ArrayList<>();
		Matcher m = EMAIL.matcher(text.original());
		while (m.find()) {
			String address = m.group().toLowerCase(Locale.ROOT);
			String local = address.substring(0, address.indexOf('@'));
			emails.add(new Email(address, m.start(), m.end(), GENERIC_MAILBOXES.contains(local)));
		}
		return emails;
	}

	static String e164(String phone, String region) {
		try {
			return PHONES.format(PHONES.parse(phone, region), PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		catch (com.google.i18n.phonenumbers.NumberParseException ex) {
			return phone.replaceAll("[^+\\d]", "");
		}
	}

}
