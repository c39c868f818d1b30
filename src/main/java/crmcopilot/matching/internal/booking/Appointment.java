package crmcopilot.matching.internal.booking;

import java.time.Instant;
import java.util.UUID;

/** A booked session of a client with a shopper. */
public record Appointment(UUID id, UUID clientId, UUID shopperId, Instant start, Instant end) {

}
