package crmcopilot.learning.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which data a training run learnt from. */
public enum RunSource {

	INTERNAL, EXTERNAL, FEDERATED, HYBRID;

	/** The value in JSON, the database and message keys. */
	@JsonValue
	public String value() {
		return Vocabulary.value(this);
	}

	public static RunSource of(String value) {
		return Vocabulary.parse(RunSource.class, value);
	}

}
