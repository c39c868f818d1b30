package crmcopilot.shared.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An outbox item as stored: what to deliver ({@link OutboxMessage}'s fields) and where
 * its delivery stands.
 *
 * @param attempts attempts made so far
 * @param nextAttemptAt when the drainer tries it next (while pending)
 * @param lastError the last failure's message, null once sent
 * @param providerRef the provider's id of the delivered message (a Twilio sid...), if any
 */
public record OutboxItem(UUID id, UUID workspaceId, String kind, String target, @Nullable String subject, String body,
		Map<String, String> headers, @Nullable UUID referenceId, OutboxStatus status, int attempts,
		Instant nextAttemptAt, @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt,
		@Nullable String providerRef) {

	public boolean pending() {
		return this.status == OutboxStatus.PENDING;
	}

	public boolean failed() {
		return this.status == OutboxStatus.FAILED;
	}

}
