package crmcopilot.learning.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a model came to serve a merchant. */
public enum DeployAction {

	DEPLOY, ROLLBACK;

	/** The value in JSON, the database and message keys. */
	@JsonValue
	public String value() {
		return Vocabulary.value(this);
	}

	public static DeployAction of(String value) {
		return Vocabulary.parse(DeployAction.class, value);
	}

}
