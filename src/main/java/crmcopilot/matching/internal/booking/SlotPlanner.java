package crmcopilot.matching.internal.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.assignment.SlotGrid;

/**
 * Turns working hours into bookable slots for the days clients asked for: each weekly
 * window of a shopper is cut into sessions of the shopper's length from its start; days
 * off, slots already past and slots overlapping a booked appointment are left out. A
 * client accepts a slot that lies entirely inside one of its windows.
 */
public final class SlotPlanner {

	private SlotPlanner() {
	}

	/**
	 * @param shoppers the shoppers in the order of the score matrix
	 * @param hours working hours by shopper (absent: no slot)
	 * @param booked appointments already booked (their time is taken)
	 * @param windows each client's windows in the order of the score matrix, empty when
	 * it gave none
	 */
	public static SlotPlan plan(List<UUID> shoppers, Map<UUID, ShopperHours> hours, List<Appointment> booked,
			List<List<PreferredSlot>> windows, ZoneId zone, Instant now) {
		TreeSet<LocalDate> dates = new TreeSet<>();
		for (List<PreferredSlot> client : windows) {
			client.forEach((w) -> dates.add(w.date()));
		}
		Map<UUID, List<Appointment>> bookedBy = new HashMap<>();
		booked.forEach((a) -> bookedBy.computeIfAbsent(a.shopperId(), (id) -> new ArrayList<>()).add(a));
		Map<Span, Integer> timeIndex = new HashMap<>();
		List<Span> times = new ArrayList<>();
		List<Integer> slotShopper = new ArrayList<>();
		List<Integer> slotTime = new ArrayList<>();
		List<Instant> starts = new ArrayList<>();
		List<Instant> ends = new ArrayList<>();
		for (int s = 0; s < shoppers.size(); s++) {
			ShopperHours h = hours.getOrDefault(shoppers.get(s), ShopperHours.NONE);
			List<Appointment> taken = bookedBy.getOrDefault(shoppers.get(s), List.of());
			for (LocalDate date : dates) {
				if (h.timeOff().stream().anyMatch((off) -> off.covers(date))) {
					continue;
				}
				for (WeeklyWindow window : h.weekly()) {
					if (window.day() != date.getDayOfWeek()) {
						continue;
					}
					int last = minutes(window.end()) - h.sessionMinutes();
					for (int at = minutes(window.start()); at <= last; at += h.sessionMinutes()) {
						LocalDateTime from = date.atTime(LocalTime.of(at / 60, at % 60));
						LocalDateTime to = from.plusMinutes(h.sessionMinutes());
						Instant start = from.atZone(zone).toInstant();
						Instant end = to.atZone(zone).toInstant();
						if (!start.isAfter(now) || overlaps(taken, start, end)) {
							continue;
						}
						Span span = new Span(from, to);
						Integer time = timeIndex.get(span);
						if (time == null) {
							time = times.size();
							timeIndex.put(span, time);
							times.add(span);
						}
						slotShopper.add(s);
						slotTime.add(time);
						starts.add(start);
						ends.add(end);
					}
				}
			}
		}
		@Nullable BitSet[] accepted = new BitSet[windows.size()];
		for (int k = 0; k < windows.size(); k++) {
			if (windows.get(k).isEmpty()) {
				continue;
			}
			BitSet fits = new BitSet(times.size());
			for (int t = 0; t < times.size(); t++) {
				Span time = times.get(t);
				for (PreferredSlot w : windows.get(k)) {
					if (inside(time.from(), time.to(), w)) {
						fits.set(t);
						break;
					}
				}
			}
			accepted[k] = fits;
		}
		SlotGrid grid = new SlotGrid(slotShopper.stream().mapToInt(Integer::intValue).toArray(),
				slotTime.stream().mapToInt(Integer::intValue).toArray(), times.size(), accepted);
		return new SlotPlan(grid, starts, ends);
	}

	private static boolean inside(LocalDateTime from, LocalDateTime to, PreferredSlot window) {
		LocalDateTime open = window.date().atTime(window.start());
		LocalDateTime close = window.date().atTime(window.end());
		return !from.isBefore(open) && !to.isAfter(close);
	}

	private static boolean overlaps(List<Appointment> taken, Instant start, Instant end) {
		for (Appointment a : taken) {
			if (a.start().isBefore(end) && start.isBefore(a.end())) {
				return true;
			}
		}
		return false;
	}

	private static int minutes(LocalTime time) {
		return time.getHour() * 60 + time.getMinute();
	}

	/** One distinct slot time, in local time. */
	private record Span(LocalDateTime from, LocalDateTime to) {
	}

}
