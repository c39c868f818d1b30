package crmcopilot.matching.internal.booking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * Appointments as an iCalendar document (RFC 5545): one VEVENT per appointment with a UID
 * that does not change, times in the workspace's zone described by a VTIMEZONE that lists
 * the zone's real offset changes around the events, text escaped and lines folded at 75
 * octets with CRLF endings.
 */
public final class CalendarFeed {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

	private static final int MAX_OCTETS = 75;

	private CalendarFeed() {
	}

	/** One event of the feed. */
	public record Event(String uid, Instant start, Instant end, String summary) {
	}

	public static String write(String calendarName, ZoneId zone, List<Event> events, Instant stamp) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//crm-copilot//matching//FR");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + escape(calendarName));
		line(out, "X-WR-TIMEZONE:" + zone.getId());
		timeZone(out, zone, events);
		String dtstamp = LOCAL.format(LocalDateTime.ofInstant(stamp, ZoneOffset.UTC)) + "Z";
		for (Event event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + escape(event.uid()));
			line(out, "DTSTAMP:" + dtstamp);
			line(out, "DTSTART;TZID=" + zone.getId() + ":" + local(event.start(), zone));
			line(out, "DTEND;TZID=" + zone.getId() + ":" + local(event.end(), zone));
			line(out, "SUMMARY:" + escape(event.summary()));
			line(out, "STATUS:CONFIRMED");
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** The zone's offsets: each transition within a year of the events, or one offset. */
	private static void timeZone(StringBuilder out, ZoneId zone, List<Event> events) {
		ZoneRules rules = zone.getRules();
		Instant first = events.stream().map(Event::start).min(Instant::compareTo).orElse(Instant.EPOCH);
		Instant last = events.stream().map(Event::end).max(Instant::compareTo).orElse(Instant.EPOCH);
		line(out, "BEGIN:VTIMEZONE");
		line(out, "TZID:" + zone.getId());
		Instant from = first.minusSeconds(366L * 24 * 3600);
		Instant to = last.plusSeconds(366L * 24 * 3600);
		ZoneOffsetTransition transition = rules.previousTransition(from.plusSeconds(1));
		boolean any = false;
		while (transition != null && transition.getInstant().isBefore(to)) {
			boolean daylight = rules.isDaylightSavings(transition.getInstant());
			component(out, daylight ? "DAYLIGHT" : "STANDARD", transition.getDateTimeBefore(),
					transition.getOffsetBefore(), transition.getOffsetAfter());
			any = true;
			transition = rules.nextTransition(transition.getInstant());
		}
		if (!any) {
			ZoneOffset offset = rules.getOffset(first);
			component(out, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
		}
		line(out, "END:VTIMEZONE");
	}

	private static void component(StringBuilder out, String kind, LocalDateTime start, ZoneOffset before,
			ZoneOffset after) {
		line(out, "BEGIN:" + kind);
		line(out, "DTSTART:" + LOCAL.format(start));
		line(out, "TZOFFSETFROM:" + offset(before));
		line(out, "TZOFFSETTO:" + offset(after));
		line(out, "END:" + kind);
	}

	private static String offset(ZoneOffset offset) {
		int seconds = offset.getTotalSeconds();
		int minutes = Math.abs(seconds) / 60;
		return "%s%02d%02d".formatted((seconds < 0) ? "-" : "+", minutes / 60, minutes % 60);
	}

	private static String local(Instant instant, ZoneId zone) {
		return LOCAL.format(LocalDateTime.ofInstant(instant, zone));
	}

	/** TEXT escaping of RFC 5545 §3.3.11. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case ';' -> out.append("\\;");
				case ',' -> out.append("\\,");
				case '\n' -> out.append("\\n");
				case '\r' -> {
				}
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Writes a content line folded at 75 octets (never inside a UTF-8 sequence), each
	 * continuation starting with a space.
	 */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = MAX_OCTETS;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 0;
				limit = MAX_OCTETS - 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
