package crmcopilot.matching.internal.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A shopper's weekly working window, such as Monday 10:00–18:00. */
public record WeeklyWindow(DayOfWeek day, LocalTime start, LocalTime end) {

	public WeeklyWindow {
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("a window must end after it starts");
		}
	}

}
