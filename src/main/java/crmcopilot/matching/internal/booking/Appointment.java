package crmcopilot.matching.internal.booking;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A booked session of a client with a shopper.
 *
 * @param outcome what the shopper recorded after it, or null before
 */
public record Appointment(UUID id, UUID clientId, UUID shopperId, Instant start, Instant end,
		@Nullable Outcome outcome) {

	public Appointment(UUID id, UUID clientId, UUID shopperId, Instant start, Instant end) {
		this(id, clientId, shopperId, start, end, null);
	}

	/** What the shopper recorded once the session time came. */
	public enum Outcome {

		HONOURED, NO_SHOW

	}

}
