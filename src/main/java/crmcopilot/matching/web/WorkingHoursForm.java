package crmcopilot.matching.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import crmcopilot.matching.internal.booking.BookingTexts;
import crmcopilot.matching.internal.booking.ShopperHours;
import crmcopilot.matching.internal.booking.TimeOff;
import crmcopilot.matching.internal.booking.WeeklyWindow;
import crmcopilot.shared.InvalidInputException;

/**
 * A shopper's working hours as typed on the profile page: weekly windows (a day, a start
 * and an end), days off (a first and a last day) and the length of a session. The form
 * shows the stored rows and a few empty ones; an empty row is ignored, a half-filled one
 * is refused naming its field ({@code hours.windows[2].end}...).
 */
public class WorkingHoursForm {

	/** Empty window rows offered after the stored ones. */
	static final int SPARE_WINDOWS = 2;

	/** Empty time-off rows offered after the stored ones. */
	static final int SPARE_TIME_OFF = 1;

	private List<Window> windows = new ArrayList<>();

	private List<DaysOff> timeOff = new ArrayList<>();

	private String sessionMinutes = Integer.toString(ShopperHours.DEFAULT_SESSION_MINUTES);

	/** An empty form: no hours yet, spare rows to fill. */
	static WorkingHoursForm empty() {
		return of(ShopperHours.NONE);
	}

	/** The stored hours, with spare rows to add more. */
	static WorkingHoursForm of(ShopperHours hours) {
		WorkingHoursForm form = new WorkingHoursForm();
		for (WeeklyWindow window : hours.weekly()) {
			form.windows.add(new Window(window.day().name(), BookingTexts.hour(window.start()),
					BookingTexts.hour(window.end())));
		}
		for (TimeOff off : hours.timeOff()) {
			form.timeOff.add(new DaysOff(off.from().toString(), off.to().toString()));
		}
		form.sessionMinutes = Integer.toString(hours.sessionMinutes());
		return form.withSpareRows();
	}

	/** Adds the empty rows offered for new windows and days off. */
	WorkingHoursForm withSpareRows() {
		for (int i = 0; i < SPARE_WINDOWS; i++) {
			this.windows.add(new Window(DayOfWeek.MONDAY.name(), "", ""));
		}
		for (int i = 0; i < SPARE_TIME_OFF; i++) {
			this.timeOff.add(new DaysOff("", ""));
		}
		return this;
	}

	/**
	 * The hours typed.
	 * @throws InvalidInputException naming the first bad field
	 */
	ShopperHours toHours() {
		List<WeeklyWindow> weekly = new ArrayList<>();
		for (int i = 0; i < this.windows.size(); i++) {
			Window row = this.windows.get(i);
			if (!blank(row.getStart()) || !blank(row.getEnd())) {
				weekly.add(BookingTexts.weeklyWindow(row.getDay(), row.getStart(), row.getEnd(),
						"hours.windows[" + i + "]"));
			}
		}
		List<TimeOff> off = new ArrayList<>();
		for (int i = 0; i < this.timeOff.size(); i++) {
			DaysOff row = this.timeOff.get(i);
			if (!blank(row.getFrom()) || !blank(row.getTo())) {
				off.add(BookingTexts.timeOff(row.getFrom(), row.getTo(), "hours.timeOff[" + i + "]"));
			}
		}
		int minutes;
		try {
			minutes = Integer.parseInt(this.sessionMinutes.strip());
		}
		catch (NumberFormatException ex) {
			minutes = -1;
		}
		if (minutes < 15 || minutes > 600) {
			throw new InvalidInputException("hours.sessionMinutes", "matching.shopper.error.sessionMinutes",
					new Object[0], "a session lasts 15 to 600 minutes");
		}
		return new ShopperHours(weekly, off, minutes);
	}

	/** The days of the week, Monday first. */
	public List<String> days() {
		return List.of(DayOfWeek.values()).stream().map(DayOfWeek::name).toList();
	}

	/** A day as the reader says it ("Lundi"). */
	public String dayName(String day, Locale locale) {
		String name = DayOfWeek.valueOf(day).getDisplayName(TextStyle.FULL, locale);
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public List<Window> getWindows() {
		return this.windows;
	}

	public void setWindows(List<Window> windows) {
		this.windows = windows;
	}

	public List<DaysOff> getTimeOff() {
		return this.timeOff;
	}

	public void setTimeOff(List<DaysOff> timeOff) {
		this.timeOff = timeOff;
	}

	public String getSessionMinutes() {
		return this.sessionMinutes;
	}

	public void setSessionMinutes(String sessionMinutes) {
		this.sessionMinutes = sessionMinutes;
	}

	/** One weekly window row: MONDAY..SUNDAY, HH:MM, HH:MM. */
	public static class Window {

		private String day = DayOfWeek.MONDAY.name();

		private String start = "";

		private String end = "";

		public Window() {
		}

		Window(String day, String start, String end) {
			this.day = day;
			this.start = start;
			this.end = end;
		}

		public String getDay() {
			return this.day;
		}

		public void setDay(String day) {
			this.day = day;
		}

		public String getStart() {
			return this.start;
		}

		public void setStart(String start) {
			this.start = start;
		}

		public String getEnd() {
			return this.end;
		}

		public void setEnd(String end) {
			this.end = end;
		}

	}

	/** One time-off row: first and last day (YYYY-MM-DD), both included. */
	public static class DaysOff {

		private String from = "";

		private String to = "";

		public DaysOff() {
		}

		DaysOff(String from, String to) {
			this.from = from;
			this.to = to;
		}

		public String getFrom() {
			return this.from;
		}

		public void setFrom(String from) {
			this.from = from;
		}

		public String getTo() {
			return this.to;
		}

		public void setTo(String to) {
			this.to = to;
		}

	}

}
