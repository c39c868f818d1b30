package crmcopilot.support.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Opening hours per weekday and holidays in the workspace's time zone; adds a duration
 * counted in business time only (an SLA of 4 h received Friday 17:00 with 9–18 hours is
 * due Monday 12:00).
 */
public final class BusinessCalendar {

	/** Mon–Fri 9:00–18:00, the usual default. */
	public static final String DEFAULT_HOURS = "mon-fri 09:00-18:00";

	private final ZoneId zone;

	private final Map<DayOfWeek, LocalTime[]> hours;

	private final Set<LocalDate> holidays;

	public BusinessCalendar(ZoneId zone, Map<DayOfWeek, LocalTime[]> hours, Set<LocalDate> holidays) {
		if (hours.isEmpty()) {
			throw new IllegalArgumentException("business hours must open at least one day");
		}
		this.zone = zone;
		this.hours = new EnumMap<>(hours);
		this.holidays = Set.copyOf(holidays);
	}

	/**
	 * Parses {@code "mon-fri 09:00-18:00; sat 10:00-13:00"} and
	 * {@code "2026-12-25, 2027-01-01"}.
	 * @throws IllegalArgumentException on a malformed value
	 */
	public static BusinessCalendar parse(ZoneId zone, String hours, String holidays) {
		Map<DayOfWeek, LocalTime[]> parsed = new EnumMap<>(DayOfWeek.class);
		for (String part : hours.split(";")) {
			String trimmed = part.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			String[] dayAndTime = trimmed.split("\\s+");
			if (dayAndTime.length != 2) {
				throw new IllegalArgumentException("expected 'days hh:mm-hh:mm', got '" + trimmed + "'");
			}
			String[] times = dayAndTime[1].split("-");
			if (times.length != 2) {
				throw new IllegalArgumentException("expected 'hh:mm-hh:mm', got '" + dayAndTime[1] + "'");
			}
			LocalTime open = time(times[0]);
			LocalTime close = time(times[1]);
			if (!close.isAfter(open)) {
				throw new IllegalArgumentException("closing time must follow opening time in '" + trimmed + "'");
			}
			String[] days = dayAndTime[0].split("-");
			DayOfWeek first = day(days[0]);
			DayOfWeek last = (days.length > 1) ? day(days[1]) : first;
			for (DayOfWeek day = first;; day = day.plus(1)) {
				parsed.put(day, new LocalTime[] { open, close });
				if (day == last) {
					break;
				}
			}
		}
		Set<LocalDate> dates = new LinkedHashSet<>();
		for (String date : holidays.split("[,;\\s]+")) {
			if (!date.isBlank()) {
				try {
					dates.add(LocalDate.parse(date.strip()));
				}
				catch (java.time.format.DateTimeParseException ex) {
					throw new IllegalArgumentException("expected a date as yyyy-mm-dd, got '" + date.strip() + "'");
				}
			}
		}
		return new BusinessCalendar(zone, parsed, dates);
	}

	private static LocalTime time(String value) {
		try {
			return LocalTime.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException("expected a time as hh:mm, got '" + value.strip() + "'");
		}
	}

	private static DayOfWeek day(String name) {
		return switch (name.strip().toLowerCase(Locale.ROOT)) {
			case "mon", "lun" -> DayOfWeek.MONDAY;
			case "tue", "mar" -> DayOfWeek.TUESDAY;
			case "wed", "mer" -> DayOfWeek.WEDNESDAY;
			case "thu", "jeu" -> DayOfWeek.THURSDAY;
			case "fri", "ven" -> DayOfWeek.FRIDAY;
			case "sat", "sam" -> DayOfWeek.SATURDAY;
			case "sun", "dim" -> DayOfWeek.SUNDAY;
			default -> throw new IllegalArgumentException("unknown day '" + name + "' (mon, tue, ... sun)");
		};
	}

	public boolean isOpen(Instant instant) {
		ZonedDateTime time = instant.atZone(this.zone);
		LocalTime[] window = window(time.toLocalDate());
		return window != null && !time.toLocalTime().isBefore(window[0]) && time.toLocalTime().isBefore(window[1]);
	}

	/** {@code start} plus {@code duration} of business time. */
	public Instant addBusinessTime(Instant start, Duration duration) {
		ZonedDateTime cursor = start.atZone(this.zone);
		Duration remaining = duration;
		for (int guard = 0; guard < 3700; guard++) {
			LocalDate date = cursor.toLocalDate();
			LocalTime[] window = window(date);
			if (window != null) {
				ZonedDateTime open = date.atTime(window[0]).atZone(this.zone);
				ZonedDateTime close = date.atTime(window[1]).atZone(this.zone);
				ZonedDateTime from = cursor.isBefore(open) ? open : cursor;
				if (from.isBefore(close)) {
					Duration available = Duration.between(from, close);
					if (available.compareTo(remaining) >= 0) {
						return from.plus(remaining).toInstant();
					}
					remaining = remaining.minus(available);
				}
			}
			cursor = date.plusDays(1).atStartOfDay(this.zone);
		}
		throw new IllegalStateException("no business time within ten years");
	}

	private LocalTime @Nullable [] window(LocalDate date) {
		if (this.holidays.contains(date)) {
			return null;
		}
		return this.hours.get(date.getDayOfWeek());
	}

}
