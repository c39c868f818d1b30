package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.crm.TypeDetector;

/**
 * The columns of a customer file an audience needs, recognised by name: e-mail, phone and
 * the two consent signals Google requires since March 2024 ({@code ad_user_data},
 * {@code ad_personalization}). -1 when absent.
 */
public record AudienceColumns(int email, int phone, int adUserData, int adPersonalization) {

	static final List<String> EMAIL = List.of("email", "e_mail", "mail", "courriel", "adresse_email", "adresse_mail");

	static final List<String> PHONE = List.of("phone", "telephone", "tel", "mobile", "portable", "phone_number",
			"numero_telephone");

	static final List<String> AD_USER_DATA = List.of("consent_ad_user_data", "ad_user_data",
			"consentement_ad_user_data");

	static final List<String> AD_PERSONALIZATION = List.of("consent_ad_personalization", "ad_personalization",
			"consent_ad_personalisation", "consentement_ad_personalization");

	public static AudienceColumns of(List<String> columnNames) {
		return new AudienceColumns(find(columnNames, EMAIL), find(columnNames, PHONE), find(columnNames, AD_USER_DATA),
				find(columnNames, AD_PERSONALIZATION));
	}

	/** The audience columns found, as the API names them. */
	public List<String> recognised() {
		List<String> found = new ArrayList<>();
		if (this.email >= 0) {
			found.add("email");
		}
		if (this.phone >= 0) {
			found.add("phone");
		}
		if (this.adUserData >= 0) {
			found.add("consent_ad_user_data");
		}
		if (this.adPersonalization >= 0) {
			found.add("consent_ad_personalization");
		}
		return found;
	}

	/** A consent cell: true granted, false denied, null when empty or unreadable. */
	static @Nullable Boolean consent(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip().toLowerCase(Locale.ROOT);
		return switch (text) {
			case "granted", "accorde", "accordé", "y", "o" -> true;
			case "denied", "refuse", "refusé", "n" -> false;
			default -> TypeDetector.bool(text);
		};
	}

	private static int find(List<String> columnNames, List<String> candidates) {
		for (String candidate : candidates) {
			for (int i = 0; i < columnNames.size(); i++) {
				if (ColumnMapping.normalise(columnNames.get(i)).equals(candidate)) {
					return i;
				}
			}
		}
		return -1;
	}

}
