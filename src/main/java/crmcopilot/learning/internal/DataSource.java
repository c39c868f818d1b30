package crmcopilot.learning.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** A source of training data a merchant may switch on or off. */
public enum DataSource {

	INTERNAL, EXTERNAL, FEDERATED;

	/** The value in JSON, the database and message keys. */
	@JsonValue
	public String value() {
		return Vocabulary.value(this);
	}

	public static DataSource of(String value) {
		return Vocabulary.parse(DataSource.class, value);
	}

}
