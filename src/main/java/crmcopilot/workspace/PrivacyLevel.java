package crmcopilot.workspace;

import java.util.Arrays;

/** How much of a workspace's data may leave it, for example towards a cloud LLM. */
public enum PrivacyLevel {

	/** Personal data is redacted before any outbound call; nothing is shared. */
	PRIVATE("private"),
	/** Anonymised aggregates may be shared (federated learning, peer benchmarks). */
	SHARED_ANONYMISED("shared-anonymised");

	private final String code;

	PrivacyLevel(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static PrivacyLevel fromCode(String code) {
		return Arrays.stream(values())
			.filter((level) -> level.code.equalsIgnoreCase(code) || level.name().equalsIgnoreCase(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown privacy level: " + code));
	}

}
