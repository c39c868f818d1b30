package crmcopilot.learning.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much of a merchant's learning may leave its workspace. */
public enum MerchantPrivacy {

	PRIVATE, ANONYMIZED, SHARED;

	/** The value in JSON, the database and message keys. */
	@JsonValue
	public String value() {
		return Vocabulary.value(this);
	}

	public static MerchantPrivacy of(String value) {
		return Vocabulary.parse(MerchantPrivacy.class, value);
	}

}
