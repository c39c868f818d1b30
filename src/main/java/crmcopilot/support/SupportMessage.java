package crmcopilot.support;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored, normalised message of a thread.
 *
 * @param direction {@code in} from the customer, {@code out} to the customer
 * @param text the normalised text (HTML stripped, quoted history and signature removed)
 * @param author who wrote an outgoing message ({@code ai} or an agent), null for incoming
 */
public record SupportMessage(UUID id, UUID workspaceId, UUID threadId, String direction, String channel, String sender,
		@Nullable String subject, String text, String language, @Nullable String externalId, Instant receivedAt,
		@Nullable String author, @Nullable TriageResult triage, @Nullable Instant answeredAt) {

	public boolean incoming() {
		return "in".equals(this.direction);
	}

}
