package crmcopilot.learning.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where external data came from. */
public enum ExternalSource {

	CRAWLER, API, DATASET, BENCHMARK;

	/** The value in JSON, the database and message keys. */
	@JsonValue
	public String value() {
		return Vocabulary.value(this);
	}

	public static ExternalSource of(String value) {
		return Vocabulary.parse(ExternalSource.class, value);
	}

}
