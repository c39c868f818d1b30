package crmcopilot.matching.internal.booking;

import java.time.LocalDate;

/** Days a shopper does not work, both included. */
public record TimeOff(LocalDate from, LocalDate to) {

	public TimeOff {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("time off must end on or after its first day");
		}
	}

	boolean covers(LocalDate date) {
		return !date.isBefore(this.from) && !date.isAfter(this.to);
	}

}
