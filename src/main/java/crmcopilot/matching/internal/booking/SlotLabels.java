package crmcopilot.matching.internal.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** A session time as a person reads it: "mardi 8 décembre à 10:00". */
public final class SlotLabels {

	private SlotLabels() {
	}

	/** The moment in the workspace's zone and the reader's language. */
	public static String when(MessageSource messages, Instant instant, ZoneId zone, Locale locale) {
		ZonedDateTime at = instant.atZone(zone);
		return messages.getMessage("matching.booking.when",
				new Object[] { DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(at),
						DateTimeFormatter.ofPattern("HH:mm", locale).format(at) },
				locale);
	}

}
