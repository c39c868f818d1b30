package crmcopilot.learning.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Dates of the monitor in the workspace's language and time zone ("6 déc. 2026 10:42").
 */
public final class MonitorDates {

	private final DateTimeFormatter formatter;

	MonitorDates(Locale locale, ZoneId zone) {
		this.formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone);
	}

	/** The instant as the workspace reads it, or a dash when there is none. */
	public String format(@Nullable Instant instant) {
		return (instant != null) ? this.formatter.format(instant) : "—";
	}

}
