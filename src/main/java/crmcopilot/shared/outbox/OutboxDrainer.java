package crmcopilot.shared.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Delivers due outbox items through the channel of their kind: each item is claimed for a
 * lease of {@link #LEASE} (so two instances never send it twice), then marked sent, or
 * due again after its channel's backoff, or failed for good. Items of a kind no channel
 * delivers wait untouched.
 */
@Service
public class OutboxDrainer {

	/** How long a claimed item is held by the attempt that claimed it. */
	static final Duration LEASE = Duration.ofMinutes(5);

	private static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(OutboxDrainer.class);

	private final Outbox outbox;

	private final Map<String, OutboxChannel> channels = new LinkedHashMap<>();

	/**
	 * @param channels one per kind; public so a test can drain through its own channels
	 */
	public OutboxDrainer(Outbox outbox, List<OutboxChannel> channels) {
		this.outbox = outbox;
		for (OutboxChannel channel : channels) {
			if (this.channels.put(channel.kind(), channel) != null) {
				throw new IllegalStateException("two outbox channels deliver " + channel.kind());
			}
		}
	}

	/**
	 * Tries every due item once (what the scheduled task runs).
	 * @return how many were sent
	 */
	public int deliverDue() {
		int sent = 0;
		Instant now = Instant.now();
		for (OutboxItem item : this.outbox.due(this.channels.keySet(), now, BATCH)) {
			if (this.outbox.claim(item, now, LEASE) && deliver(item)) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Tries one due item at once, without waiting for the next run (an item just enqueued
	 * or requeued by a person).
	 * @return the item afterwards, empty when there is no such item in the workspace
	 */
	public Optional<OutboxItem> deliverNow(UUID workspaceId, UUID id) {
		Optional<OutboxItem> item = this.outbox.find(workspaceId, id);
		Instant now = Instant.now();
		if (item.isPresent() && item.get().pending() && !item.get().nextAttemptAt().isAfter(now)
				&& this.channels.containsKey(item.get().kind()) && this.outbox.claim(item.get(), now, LEASE)) {
			deliver(item.get());
			return this.outbox.find(workspaceId, id);
		}
		return item;
	}

	/** One attempt; true when sent. */
	private boolean deliver(OutboxItem item) {
		OutboxChannel channel = this.channels.get(item.kind());
		try {
			Optional<String> providerRef = channel.deliver(item);
			this.outbox.sent(item.id(), Instant.now(), providerRef.orElse(null));
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.outbox.failed(item, "interrupted", Instant.now(), channel.retryPolicy(), false);
			return false;
		}
		catch (Exception ex) {
			String error = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			log.warn("Outbox item {} ({}) not delivered, attempt {}: {}", item.id(), item.kind(), item.attempts() + 1,
					error);
			this.outbox.failed(item, error, Instant.now(), channel.retryPolicy(), channel.permanent(ex));
			return false;
		}
	}

}
