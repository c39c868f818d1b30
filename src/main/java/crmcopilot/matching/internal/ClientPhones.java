package crmcopilot.matching.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.jspecify.annotations.Nullable;

import crmcopilot.audit.Consents;
import crmcopilot.matching.internal.booking.PreferredSlot;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Workspace;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's optional mobile number for SMS reminders, with their explicit consent to
 * receive them (recorded in the consent journal under {@link #CONSENT_PURPOSE}; no SMS
 * without it).
 */
@Service
public class ClientPhones {

	/** Consent purpose of SMS reminders. */
	public static final String CONSENT_PURPOSE = "matching-sms";

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private final MatchingService matching;

	private final Consents consents;

	private final JdbcClient jdbc;

	private final Clock clock = Clock.systemUTC();

	ClientPhones(MatchingService matching, Consents consents, JdbcClient jdbc) {
		this.matching = matching;
		this.consents = consents;
		this.jdbc = jdbc;
	}

	/**
	 * Stores a client request (as {@link MatchingService#submit}) with its number and SMS
	 * consent, in one transaction.
	 * @param phone the number in E.164, or null when none was given
	 */
	@Transactional
	public ClientRequest submit(UUID workspaceId, ClientRequest request, boolean consent, String source,
			List<PreferredSlot> windows, @Nullable String phone, boolean smsConsent) {
		this.matching.submit(workspaceId, request, consent, source, windows);
		if (phone != null) {
			if (smsConsent) {
				this.consents.record(workspaceId, request.email(), CONSENT_PURPOSE, true, source);
			}
			this.jdbc.sql("UPDATE matching_client SET phone = ?, sms_consent_at = ? WHERE workspace_id = ? AND id = ?")
				.params(phone, smsConsent ? OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC) : null,
						workspaceId, request.id())
				.update();
		}
		return request;
	}

	/**
	 * The number in E.164: spaces, dots and dashes dropped, a national number (leading 0)
	 * read in the workspace's country when it has one, otherwise a leading {@code +} is
	 * required.
	 * @param region the country code of the workspace ({@code FR}), or null when unknown
	 * @throws InvalidInputException naming {@code phone} when it is not a valid number
	 */
	public static String normalise(String raw, @Nullable String region) {
		String compact = raw.strip().replaceAll("[\\s.\\-()/]", "");
		if (compact.startsWith("00")) {
			compact = "+" + compact.substring(2);
		}
		if (!compact.matches("\\+?\\d{4,17}") || (region == null && !compact.startsWith("+"))) {
			throw invalid();
		}
		try {
			PhoneNumber number = PHONES.parse(compact, (region != null) ? region : "ZZ");
			if (!PHONES.isValidNumber(number)) {
				throw invalid();
			}
			return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		catch (NumberParseException ex) {
			throw invalid();
		}
	}

	/**
	 * The time zones of one country each where the workspaces' clients mostly live, for a
	 * workspace whose locale names no country ({@code fr}).
	 */
	private static final Map<String, String> ZONE_COUNTRIES = Map.ofEntries(Map.entry("Europe/Paris", "FR"),
			Map.entry("Africa/Dakar", "SN"), Map.entry("Africa/Abidjan", "CI"), Map.entry("Africa/Bamako", "ML"),
			Map.entry("Africa/Conakry", "GN"), Map.entry("Africa/Lome", "TG"), Map.entry("Africa/Porto-Novo", "BJ"),
			Map.entry("Africa/Ouagadougou", "BF"), Map.entry("Africa/Niamey", "NE"), Map.entry("Africa/Douala", "CM"),
			Map.entry("Africa/Libreville", "GA"), Map.entry("Africa/Casablanca", "MA"), Map.entry("Africa/Tunis", "TN"),
			Map.entry("Africa/Algiers", "DZ"), Map.entry("Europe/Brussels", "BE"), Map.entry("Europe/Luxembourg", "LU"),
			Map.entry("Europe/Zurich", "CH"), Map.entry("Europe/Monaco", "MC"), Map.entry("Indian/Reunion", "RE"),
			Map.entry("America/Martinique", "MQ"), Map.entry("America/Guadeloupe", "GP"),
			Map.entry("America/Cayenne", "GF"), Map.entry("Indian/Mayotte", "YT"), Map.entry("Pacific/Noumea", "NC"),
			Map.entry("Pacific/Tahiti", "PF"), Map.entry("Europe/London", "GB"));

	/**
	 * The country of the workspace: the one its locale names, else the one of its time
	 * zone (Europe/Paris, Africa/Dakar...), else none.
	 */
	public static @Nullable String region(Workspace workspace) {
		String country = workspace.locale().getCountry();
		if (!country.isEmpty()) {
			return country.toUpperCase(Locale.ROOT);
		}
		return ZONE_COUNTRIES.get(workspace.timeZone().getId());
	}

	private static InvalidInputException invalid() {
		return new InvalidInputException("phone", "matching.form.error.phone", new Object[0],
				"Enter a mobile number in international format, such as +33 6 12 34 56 78.");
	}

}
