package crmcopilot.support.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A normalised message to triage, with the workspace's setup.
 *
 * @param followUp the customer writes again on a thread not yet answered
 * @param customerName how to greet the customer, or null
 */
record TriageRequest(@Nullable String subject, String text, String channel, String language,
		Map<String, String> metadata, boolean followUp, @Nullable String customerName, TriageSetup setup) {

	public String fullText() {
		return (this.subject != null && !this.subject.isBlank()) ? this.subject + "\n" + this.text : this.text;
	}

}
