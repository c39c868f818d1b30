package crmcopilot.audit.internal;

/** Names of the permissions of module {@code audit}. */
public final class AuditPermissions {

	/** Read and export the journal. */
	public static final String VIEW = "audit.view";

	/** Record consents on someone's behalf. */
	public static final String CONSENTS_RECORD = "audit.consents.record";

	private AuditPermissions() {
	}

}
