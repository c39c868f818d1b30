package crmcopilot.support;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What happens to a triaged message; {@code auto} or {@code escalade} in JSON and
 * storage.
 */
public enum TriageAction {

	/** Answered without a human. */
	@JsonProperty("auto")
	AUTO("auto"),

	/** Escalated to a ticket. */
	@JsonProperty("escalade")
	ESCALATE("escalade");

	private final String code;

	TriageAction(String code) {
		this.code = code;
	}

	/** The stored and JSON form. */
	public String code() {
		return this.code;
	}

}
