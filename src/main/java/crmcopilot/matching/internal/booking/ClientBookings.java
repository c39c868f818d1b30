package crmcopilot.matching.internal.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.matching.internal.ClientCase;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.workspace.Workspace;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a client does with their session: the next free slots of the shoppers proposed to
 * them, booking one, moving it and cancelling it. Free slots come from the shoppers'
 * weekly hours, time off, session length and the appointments already booked, in the
 * workspace's time zone; each change is journalled.
 */
@Service
public class ClientBookings {

	/** How far ahead slots are proposed when the client's own windows give none. */
	static final int HORIZON_DAYS = 21;

	private static final LocalTime DAY_END = LocalTime.of(23, 59);

	private final BookingStore bookings;

	private final MatchingService matching;

	private final AuditJournal journal;

	private final Clock clock;

	ClientBookings(BookingStore bookings, MatchingService matching, AuditJournal journal, ObjectProvider<Clock> clock) {
		this.bookings = bookings;
		this.matching = matching;
		this.journal = journal;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * The next free slots of each shopper, earliest first: inside the client's windows
	 * when they gave some that still have a free slot, otherwise in the coming weeks.
	 * Shoppers at full capacity are left out unless they are the client's own.
	 */
	public Map<UUID, List<FreeSlot>> nextFree(Workspace workspace, ClientCase client, List<UUID> shopperIds,
			int perShopper) {
		Map<UUID, Integer> loads = this.matching.loads(workspace.id());
		List<UUID> open = shopperIds.stream()
			.filter((id) -> id.equals(client.shopperId()) || this.matching.shopper(workspace.id(), id)
				.map((s) -> loads.getOrDefault(id, 0) < s.capacity())
				.orElse(false))
			.toList();
		Instant now = this.clock.instant();
		List<PreferredSlot> windows = this.bookings.windows(workspace.id(), client.id());
		Map<UUID, List<FreeSlot>> free = free(workspace, open, windows, now, perShopper);
		if (free.values().stream().allMatch(List::isEmpty)) {
			free = free(workspace, open, coming(workspace, now), now, perShopper);
		}
		return free;
	}

	/**
	 * Books a slot for the client with the shopper (assigning the client to them when
	 * needed); replaces the client's previous appointment.
	 * @throws SlotTaken when the slot is not free any more, or the shopper is full
	 */
	@Transactional
	public Appointment book(Workspace workspace, ClientCase client, UUID shopperId, Instant start, String actor) {
		Appointment booked = place(workspace, client, shopperId, start, actor);
		journal(workspace, client, "matching.appointment.booked", "client booked a session", booked, actor);
		return booked;
	}

	/**
	 * Moves the client's appointment to another free slot of the same shopper.
	 * @throws SlotTaken when the slot is not free, or the client has no appointment
	 */
	@Transactional
	public Appointment move(Workspace workspace, ClientCase client, Instant start, String actor) {
		Appointment current = this.bookings.appointmentOf(workspace.id(), client.id()).orElseThrow(SlotTaken::new);
		Appointment moved = place(workspace, client, current.shopperId(), start, actor);
		journal(workspace, client, "matching.appointment.moved", "client moved their session", moved, actor);
		return moved;
	}

	/** Cancels the client's appointment; false when there was none. */
	@Transactional
	public boolean cancel(Workspace workspace, ClientCase client, String actor) {
		var current = this.bookings.appointmentOf(workspace.id(), client.id());
		if (current.isEmpty() || !this.bookings.cancel(workspace.id(), client.id())) {
			return false;
		}
		journal(workspace, client, "matching.appointment.cancelled", "client cancelled their session", current.get(),
				actor);
		return true;
	}

	private Appointment place(Workspace workspace, ClientCase client, UUID shopperId, Instant start, String actor) {
		ShopperProfile shopper = this.matching.shopper(workspace.id(), shopperId).orElseThrow(SlotTaken::new);
		Instant now = this.clock.instant();
		LocalDate day = start.atZone(workspace.timeZone()).toLocalDate();
		FreeSlot slot = free(workspace, List.of(shopperId), List.of(new PreferredSlot(day, LocalTime.MIN, DAY_END)),
				now, Integer.MAX_VALUE)
			.get(shopperId)
			.stream()
			.filter((s) -> s.start().equals(start))
			.findFirst()
			.orElseThrow(SlotTaken::new);
		if (!shopperId.equals(client.shopperId())) {
			try {
				this.matching.assign(workspace.id(), client.id(), shopper.id(), actor);
			}
			catch (IllegalArgumentException full) {
				throw new SlotTaken();
			}
		}
		return this.bookings.book(workspace.id(), client.id(), shopperId, slot.start(), slot.end());
	}

	private Map<UUID, List<FreeSlot>> free(Workspace workspace, List<UUID> shopperIds, List<PreferredSlot> windows,
			Instant now, int perShopper) {
		Map<UUID, List<FreeSlot>> free = new HashMap<>();
		shopperIds.forEach((id) -> free.put(id, new ArrayList<>()));
		if (shopperIds.isEmpty() || windows.isEmpty()) {
			return free;
		}
		SlotPlan plan = SlotPlanner.plan(shopperIds, this.bookings.hours(workspace.id()),
				this.bookings.appointments(workspace.id()), List.of(windows), workspace.timeZone(), now);
		var grid = plan.grid();
		var accepted = grid.accepted()[0];
		for (int j = 0; j < grid.slots(); j++) {
			if (accepted != null && accepted.get(grid.slotTime()[j])) {
				free.get(shopperIds.get(grid.slotShopper()[j]))
					.add(new FreeSlot(shopperIds.get(grid.slotShopper()[j]), plan.starts().get(j), plan.ends().get(j)));
			}
		}
		free.replaceAll(
				(id, slots) -> slots.stream().sorted(Comparator.comparing(FreeSlot::start)).limit(perShopper).toList());
		return free;
	}

	private static List<PreferredSlot> coming(Workspace workspace, Instant now) {
		LocalDate today = now.atZone(workspace.timeZone()).toLocalDate();
		List<PreferredSlot> days = new ArrayList<>();
		for (int d = 0; d < HORIZON_DAYS; d++) {
			days.add(new PreferredSlot(today.plusDays(d), LocalTime.MIN, DAY_END));
		}
		return days;
	}

	private void journal(Workspace workspace, ClientCase client, String action, String summary, Appointment appointment,
			String actor) {
		this.journal.record(
				AuditEvent
					.of(workspace.id(), action, "matching-client", client.id().toString(), summary,
							Map.of("shopper", appointment.shopperId().toString(), "start",
									appointment.start().toString()))
					.by(actor, "client"));
	}

	/** A slot a client can book. */
	public record FreeSlot(UUID shopperId, Instant start, Instant end) {
	}

}
