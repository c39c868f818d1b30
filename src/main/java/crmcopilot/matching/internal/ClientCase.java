package crmcopilot.matching.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored client request with its assignment.
 *
 * @param shopperId the assigned shopper, or null while unassigned
 */
public record ClientCase(ClientRequest request, @Nullable UUID shopperId, SessionStatus sessionStatus, String notes,
		Instant createdAt) {

	public UUID id() {
		return this.request.id();
	}

}
