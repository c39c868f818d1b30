package crmcopilot.learning.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** What produced a training run. */
public enum ModelType {

	LOCAL, FEDERATED, PERSONALIZED, EXTERNAL;

	/** The value in JSON, the database and message keys. */
	@JsonValue
	public String value() {
		return Vocabulary.value(this);
	}

	public static ModelType of(String value) {
		return Vocabulary.parse(ModelType.class, value);
	}

}
