package crmcopilot.matching.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.matching.internal.ClientCase;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.booking.Appointment;
import crmcopilot.matching.internal.booking.BookingStore;
import crmcopilot.matching.internal.booking.ClientBookings;
import crmcopilot.matching.internal.booking.SessionFeedback;
import crmcopilot.matching.internal.booking.SlotLabels;
import crmcopilot.workspace.Workspace;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The booking part of the client's result page: their appointment if they have one, and
 * the next free slots of the proposed shoppers (only of their own shopper once one is
 * assigned), written as a person reads a date in the workspace's time zone.
 */
@Component
class BookingView {

	/** Free slots proposed per shopper. */
	static final int SLOTS_SHOWN = 4;

	private final ClientBookings bookings;

	private final BookingStore store;

	private final MatchingService matching;

	private final MessageSource messages;

	private final Clock clock;

	private final SessionFeedback feedback;

	BookingView(ClientBookings bookings, BookingStore store, MatchingService matching, MessageSource messages,
			ObjectProvider<Clock> clock, SessionFeedback feedback) {
		this.feedback = feedback;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.bookings = bookings;
		this.store = store;
		this.matching = matching;
		this.messages = messages;
	}

	void addTo(Workspace workspace, ClientCase client, List<UUID> shown, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		Optional<Appointment> appointment = this.store.appointmentOf(workspace.id(), client.id());
		appointment.ifPresent((a) -> model.addAttribute("appointment",
				new Booked(a, when(a.start(), workspace.timeZone(), locale),
						this.matching.shopper(workspace.id(), a.shopperId()).map((s) -> s.name()).orElse(""),
						!a.start().isAfter(this.clock.instant()), !a.end().isAfter(this.clock.instant()))));
		appointment.ifPresent((a) -> this.feedback.rating(workspace.id(), a.id())
			.ifPresent((stars) -> model.addAttribute("rated", stars)));
		List<UUID> offered = (client.shopperId() != null) ? List.of(client.shopperId()) : shown;
		if (appointment.isPresent() && client.shopperId() == null) {
			offered = List.of();
		}
		Map<UUID, List<ClientBookings.FreeSlot>> free = this.bookings.nextFree(workspace, client, offered, SLOTS_SHOWN);
		Map<UUID, List<Slot>> slots = new HashMap<>();
		free.forEach((shopper, list) -> slots.put(shopper,
				list.stream()
					.map((s) -> new Slot(s.start().toString(), when(s.start(), workspace.timeZone(), locale)))
					.toList()));
		model.addAttribute("slots", slots);
	}

	private String when(Instant instant, ZoneId zone, Locale locale) {
		return SlotLabels.when(this.messages, instant, zone, locale);
	}

	/** A free slot: its start as sent back by the form, and as read. */
	record Slot(String start, String label) {
	}

	/**
	 * The client's appointment as shown.
	 *
	 * @param started whether it can no longer be moved or cancelled
	 * @param ended whether it can be rated
	 */
	record Booked(Appointment appointment, String label, String shopperName, boolean started, boolean ended) {

	}

}
