package crmcopilot.matching.internal.booking;

import java.util.List;

/**
 * When a shopper can see clients.
 *
 * @param weekly weekly working windows
 * @param timeOff days off
 * @param sessionMinutes length of one session; slots follow each other from the start of
 * a window
 */
public record ShopperHours(List<WeeklyWindow> weekly, List<TimeOff> timeOff, int sessionMinutes) {

	public static final int DEFAULT_SESSION_MINUTES = 90;

	public static final ShopperHours NONE = new ShopperHours(List.of(), List.of(), DEFAULT_SESSION_MINUTES);

	public ShopperHours {
		weekly = List.copyOf(weekly);
		timeOff = List.copyOf(timeOff);
		if (sessionMinutes < 15 || sessionMinutes > 600) {
			throw new IllegalArgumentException("a session lasts 15 to 600 minutes");
		}
	}

}
