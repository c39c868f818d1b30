package crmcopilot.shared.outbox;

import java.util.Optional;

/**
 * Delivers the outbox items of one kind. A module implements one bean per kind it
 * enqueues; the drainer calls it outside any transaction, once per attempt, after the
 * item is claimed.
 */
public interface OutboxChannel {

	/**
	 * The kind of items delivered ({@link OutboxMessage#kind()}), unique across modules.
	 */
	String kind();

	/**
	 * One attempt to deliver an item.
	 * @return the provider's id of what was sent (kept as the item's provider reference),
	 * if any
	 * @throws Exception when not delivered; the item is retried per
	 * {@link #retryPolicy()} unless the failure is {@link #permanent permanent}
	 */
	Optional<String> deliver(OutboxItem item) throws Exception;

	/**
	 * Whether a failure would recur on every attempt (an address the provider refuses):
	 * the item is then given up at once, for a person to retry after fixing the cause.
	 */
	default boolean permanent(Exception failure) {
		return false;
	}

	/** Attempts and backoff of this kind of items. */
	default RetryPolicy retryPolicy() {
		return RetryPolicy.DEFAULT;
	}

}
