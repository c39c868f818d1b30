package crmcopilot.matching.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.BatchAssignments;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.booking.Appointment;
import crmcopilot.matching.internal.booking.BookingStore;
import crmcopilot.matching.internal.booking.SlotLabels;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A shopper's appointments as their space lists them, with what they recorded. */
@Component
class SpaceAppointments {

	private final BookingStore bookings;

	private final MatchingService matching;

	private final BatchAssignments batches;

	private final MessageSource messages;

	private final Clock clock;

	SpaceAppointments(BookingStore bookings, MatchingService matching, BatchAssignments batches, MessageSource messages,
			ObjectProvider<Clock> clock) {
		this.bookings = bookings;
		this.matching = matching;
		this.batches = batches;
		this.messages = messages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	List<Row> rows(UUID workspaceId, UUID shopperId) {
		ZoneId zone = this.batches.zone(workspaceId);
		Locale locale = LocaleContextHolder.getLocale();
		Map<UUID, String> names = new HashMap<>();
		this.matching.clientsOf(workspaceId, shopperId).forEach((c) -> names.put(c.id(), c.request().name()));
		return this.bookings.appointmentsOf(workspaceId, shopperId)
			.stream()
			.map((a) -> new Row(a.id(), names.getOrDefault(a.clientId(), ""),
					SlotLabels.when(this.messages, a.start(), zone, locale), !a.start().isAfter(this.clock.instant()),
					a.outcome()))
			.toList();
	}

	/**
	 * One appointment.
	 *
	 * @param started whether the shopper can record the outcome
	 */
	record Row(UUID id, String clientName, String when, boolean started, Appointment.@Nullable Outcome outcome) {
	}

}
