package crmcopilot.matching.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.booking.BookingTexts;
import crmcopilot.matching.internal.booking.PreferredSlot;
import crmcopilot.matching.internal.booking.TimeOff;
import crmcopilot.matching.internal.booking.WeeklyWindow;
import crmcopilot.shared.InvalidInputException;

/** Working hours and preferred windows as the API reads and writes them. */
final class BookingJson {

	private BookingJson() {
	}

	/** A weekly window: day MONDAY..SUNDAY, start and end HH:MM. */
	record Window(String day, String start, String end) {

		static Window of(WeeklyWindow window) {
			return new Window(window.day().name(), BookingTexts.hour(window.start()), BookingTexts.hour(window.end()));
		}

	}

	/** Days off, both included (YYYY-MM-DD). */
	record DaysOff(@Nullable String from, @Nullable String to) {

		static DaysOff of(TimeOff off) {
			return new DaysOff(off.from().toString(), off.to().toString());
		}

	}

	/** A client's window: a date YYYY-MM-DD, start and end HH:MM. */
	record Slot(@Nullable String date, @Nullable String start, @Nullable String end) {

		static Slot of(PreferredSlot slot) {
			return new Slot(slot.date().toString(), BookingTexts.hour(slot.start()), BookingTexts.hour(slot.end()));
		}

	}

	/**
	 * Splits an {@code availability} list: objects are weekly windows, strings the tags
	 * of earlier versions ({@code semaine}, {@code soir}, {@code samedi}).
	 */
	static List<WeeklyWindow> windows(@Nullable List<@Nullable Object> availability, Set<String> tags) {
		List<WeeklyWindow> windows = new ArrayList<>();
		if (availability == null) {
			return windows;
		}
		for (int i = 0; i < availability.size(); i++) {
			Object item = availability.get(i);
			String field = "availability[" + i + "]";
			if (item instanceof String tag) {
				tags.add(tag);
			}
			else if (item instanceof Map<?, ?> map) {
				windows.add(BookingTexts.weeklyWindow(text(map.get("day")), text(map.get("start")),
						text(map.get("end")), field));
			}
			else {
				throw new InvalidInputException(field, "matching.error.window", new Object[0],
						"must be {day, start, end} or a tag");
			}
		}
		return windows;
	}

	static Set<String> tags(@Nullable List<@Nullable Object> availability) {
		Set<String> tags = new LinkedHashSet<>();
		windows(availability, tags);
		return tags;
	}

	static List<TimeOff> timeOff(@Nullable List<@Nullable DaysOff> days) {
		List<TimeOff> parsed = new ArrayList<>();
		if (days != null) {
			for (int i = 0; i < days.size(); i++) {
				DaysOff off = days.get(i);
				String field = "timeOff[" + i + "]";
				if (off == null) {
					throw new InvalidInputException(field, "matching.error.window", new Object[0], "must not be null");
				}
				parsed.add(BookingTexts.timeOff(off.from(), off.to(), field));
			}
		}
		return parsed;
	}

	static List<PreferredSlot> preferred(@Nullable List<@Nullable Slot> slots) {
		List<PreferredSlot> parsed = new ArrayList<>();
		if (slots != null) {
			for (int i = 0; i < slots.size(); i++) {
				Slot slot = slots.get(i);
				String field = "preferredSlots[" + i + "]";
				if (slot == null) {
					throw new InvalidInputException(field, "matching.error.window", new Object[0], "must not be null");
				}
				parsed.add(BookingTexts.preferredSlot(slot.date(), slot.start(), slot.end(), field));
			}
		}
		return parsed;
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value == null) ? null : value.toString();
	}

}
