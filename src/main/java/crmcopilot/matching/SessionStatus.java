package crmcopilot.matching;

/** Where a client's session with their shopper stands. */
public enum SessionStatus {

	PENDING, SCHEDULED, DONE, CANCELLED

}
