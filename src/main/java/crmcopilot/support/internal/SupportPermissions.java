package crmcopilot.support.internal;

/** Names of the permissions of module {@code support}. */
public final class SupportPermissions {

	/** See the inbox, tickets and dashboard. */
	public static final String VIEW = "support.view";

	/** Post messages through the API. */
	public static final String INGEST = "support.ingest";

	/** Answer, assign, change status, correct the triage. */
	public static final String REPLY = "support.reply";

	/** Categories, knowledge base, rules, channels, hours and SLAs. */
	public static final String MANAGE = "support.manage";

	private SupportPermissions() {
	}

}
