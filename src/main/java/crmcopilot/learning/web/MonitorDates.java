package crmcopilot.learning.web;

import java.time.Instant;
import java.time.LocalDate;
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

	private final DateTimeFormatter days;

	MonitorDates(Locale locale, ZoneId zone) {
		this.formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone);
		this.days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
	}

	/** The day as the workspace reads it ("7 déc. 2026"). */
	public String day(LocalDate day) {
		return this.days.format(day);
	}

	/** The Monday of an ISO week ({@code 2026-W50}) as the workspace reads it. */
	public String week(String isoWeek) {
		return day(LocalDate.parse(isoWeek + "-1", DateTimeFormatter.ISO_WEEK_DATE));
	}

	/** The instant as the workspace reads it, or a dash when there is none. */
	public String format(@Nullable Instant instant) {
		return (instant != null) ? this.formatter.format(instant) : "—";
	}

}
