package crmcopilot.shared.outbox;

/** Where an outbox item is; stored by name. */
public enum OutboxStatus {

	/** Waiting for its next attempt. */
	PENDING,

	/** Delivered. */
	SENT,

	/**
	 * Given up after its last attempt (or a permanent failure); may be retried by hand.
	 */
	FAILED

}
