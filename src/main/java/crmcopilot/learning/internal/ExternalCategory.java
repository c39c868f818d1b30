package crmcopilot.learning.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** What external data describes. */
public enum ExternalCategory {

	PRICING, DISCOUNTS, SEASONALITY, CONVERSION_RATES, PAYMENT_ADOPTION;

	/** The value in JSON, the database and message keys. */
	@JsonValue
	public String value() {
		return Vocabulary.value(this);
	}

	public static ExternalCategory of(String value) {
		return Vocabulary.parse(ExternalCategory.class, value);
	}

	/** Whether an open dataset of monthly indicators may be imported in this category. */
	public boolean monthlyIndicator() {
		return this == SEASONALITY || this == PAYMENT_ADOPTION || this == CONVERSION_RATES;
	}

}
