package crmcopilot.matching.internal.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/** A window in which a client can meet a shopper, in the workspace's time zone. */
public record PreferredSlot(LocalDate date, LocalTime start, LocalTime end) {

	public PreferredSlot {
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("a window must end after it starts");
		}
	}

}
