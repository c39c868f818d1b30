package crmcopilot.matching.internal.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import crmcopilot.shared.InvalidInputException;

/**
 * Windows as stored ({@code MONDAY 10:00-18:00|...}, {@code 2026-12-24/2026-12-26|...},
 * {@code 2026-12-14 10:00-12:00|...}) and as sent by the API and the forms, where a bad
 * value is refused naming its field.
 */
public final class BookingTexts {

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	private BookingTexts() {
	}

	public static String hour(LocalTime time) {
		return HOUR.format(time);
	}

	static String weekly(List<WeeklyWindow> windows) {
		return join(windows, (w) -> w.day() + " " + hour(w.start()) + "-" + hour(w.end()));
	}

	static List<WeeklyWindow> weekly(String joined) {
		return split(joined, (part) -> {
			String[] dayAndHours = part.split(" ");
			String[] hours = dayAndHours[1].split("-");
			return new WeeklyWindow(DayOfWeek.valueOf(dayAndHours[0]), LocalTime.parse(hours[0]),
					LocalTime.parse(hours[1]));
		});
	}

	static String timeOff(List<TimeOff> days) {
		return join(days, (t) -> t.from() + "/" + t.to());
	}

	static List<TimeOff> timeOff(String joined) {
		return split(joined, (part) -> {
			String[] dates = part.split("/");
			return new TimeOff(LocalDate.parse(dates[0]), LocalDate.parse(dates[1]));
		});
	}

	static String preferred(List<PreferredSlot> slots) {
		return join(slots, (p) -> p.date() + " " + hour(p.start()) + "-" + hour(p.end()));
	}

	static List<PreferredSlot> preferred(String joined) {
		return split(joined, (part) -> {
			String[] dateAndHours = part.split(" ");
			String[] hours = dateAndHours[1].split("-");
			return new PreferredSlot(LocalDate.parse(dateAndHours[0]), LocalTime.parse(hours[0]),
					LocalTime.parse(hours[1]));
		});
	}

	/** A weekly window as sent: day MONDAY..SUNDAY, start and end HH:MM. */
	public static WeeklyWindow weeklyWindow(@Nullable String day, @Nullable String start, @Nullable String end,
			String field) {
		DayOfWeek dayOfWeek;
		try {
			dayOfWeek = DayOfWeek.valueOf(String.valueOf(day).trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field + ".day", "matching.error.day", new Object[0],
					"must be MONDAY to SUNDAY");
		}
		LocalTime from = time(start, field + ".start");
		LocalTime to = time(end, field + ".end");
		if (!from.isBefore(to)) {
			throw new InvalidInputException(field + ".end", "matching.error.windowEnd", new Object[0],
					"must be after start");
		}
		return new WeeklyWindow(dayOfWeek, from, to);
	}

	/** A client's window as sent: date YYYY-MM-DD, start and end HH:MM. */
	public static PreferredSlot preferredSlot(@Nullable String date, @Nullable String start, @Nullable String end,
			String field) {
		LocalDate day = date(date, field + ".date");
		LocalTime from = time(start, field + ".start");
		LocalTime to = time(end, field + ".end");
		if (!from.isBefore(to)) {
			throw new InvalidInputException(field + ".end", "matching.error.windowEnd", new Object[0],
					"must be after start");
		}
		return new PreferredSlot(day, from, to);
	}

	/** Days off as sent: from and to YYYY-MM-DD, both included. */
	public static TimeOff timeOff(@Nullable String from, @Nullable String to, String field) {
		LocalDate first = date(from, field + ".from");
		LocalDate last = date(to, field + ".to");
		if (last.isBefore(first)) {
			throw new InvalidInputException(field + ".to", "matching.error.timeOffEnd", new Object[0],
					"must be on or after from");
		}
		return new TimeOff(first, last);
	}

	private static LocalTime time(@Nullable String value, String field) {
		try {
			return LocalTime.parse(String.valueOf(value).trim(), HOUR);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "matching.error.hour", new Object[0], "must be a time HH:MM");
		}
	}

	private static LocalDate date(@Nullable String value, String field) {
		try {
			return LocalDate.parse(String.valueOf(value).trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "matching.error.date", new Object[0], "must be a date YYYY-MM-DD");
		}
	}

	private static <T> String join(List<T> values, Function<T, String> format) {
		return values.stream().map(format).collect(Collectors.joining("|"));
	}

	private static <T> List<T> split(@Nullable String joined, Function<String, T> parse) {
		List<T> values = new ArrayList<>();
		if (joined == null) {
			return values;
		}
		for (String part : joined.split("\\|")) {
			if (!part.isBlank()) {
				values.add(parse.apply(part.trim()));
			}
		}
		return values;
	}

}
