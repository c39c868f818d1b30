package crmcopilot.matching.internal;

/** Where a client's session with their shopper stands. */
public enum SessionStatus {

	PENDING, SCHEDULED, DONE, CANCELLED

}
