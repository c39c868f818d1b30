package crmcopilot.matching.internal.booking;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.shared.SecureTokens;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each shopper's appointments as an iCalendar feed, read by a manager through the API or
 * by a calendar application through a secret subscription address (only its hash is
 * stored; a new one replaces the old, and it can be revoked).
 */
@Service
public class ShopperCalendars {

	private static final String PREFIX = "cal_";

	private final JdbcClient jdbc;

	private final BookingStore bookings;

	private final MessageSource messages;

	private final Clock clock;

	private final MatchingService matching;

	private final Workspaces workspaces;

	ShopperCalendars(JdbcClient jdbc, BookingStore bookings, MessageSource messages, ObjectProvider<Clock> clock,
			MatchingService matching, Workspaces workspaces) {
		this.matching = matching;
		this.workspaces = workspaces;
		this.jdbc = jdbc;
		this.bookings = bookings;
		this.messages = messages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The feed of one shopper of the workspace, in its time zone and language. */
	public Optional<String> feed(UUID workspaceId, UUID shopperId) {
		Optional<ShopperProfile> shopper = this.matching.shopper(workspaceId, shopperId);
		Optional<Workspace> workspace = this.workspaces.find(workspaceId);
		if (shopper.isEmpty() || workspace.isEmpty()) {
			return Optional.empty();
		}
		Map<UUID, String> names = new HashMap<>();
		this.matching.clients(workspaceId).forEach((c) -> names.put(c.id(), c.request().name()));
		return Optional.of(feed(workspaceId, shopperId, shopper.get().name(), names, workspace.get().timeZone(),
				workspace.get().locale()));
	}

	private String feed(UUID workspaceId, UUID shopperId, String shopperName, Map<UUID, String> clientNames,
			ZoneId zone, Locale locale) {
		List<CalendarFeed.Event> events = this.bookings.appointmentsOf(workspaceId, shopperId)
			.stream()
			.map((a) -> new CalendarFeed.Event(a.id() + "@crm-copilot", a.start(), a.end(),
					this.messages.getMessage("matching.calendar.summary",
							new Object[] { clientNames.getOrDefault(a.clientId(), "") }, locale)))
			.toList();
		String name = this.messages.getMessage("matching.calendar.name", new Object[] { shopperName }, locale);
		return CalendarFeed.write(name, zone, events, this.clock.instant());
	}

	/** Issues the secret subscription token of a shopper, replacing any previous one. */
	@Transactional
	public String subscribe(UUID workspaceId, UUID shopperId) {
		String token = SecureTokens.generate(PREFIX);
		revoke(workspaceId, shopperId);
		this.jdbc.sql(
				"INSERT INTO matching_calendar_feed (shopper_id, workspace_id, token_hash, created_at) VALUES (?, ?, ?, ?)")
			.params(shopperId, workspaceId, SecureTokens.hash(token),
					OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)))
			.update();
		return token;
	}

	public boolean revoke(UUID workspaceId, UUID shopperId) {
		return this.jdbc.sql("DELETE FROM matching_calendar_feed WHERE workspace_id = ? AND shopper_id = ?")
			.params(workspaceId, shopperId)
			.update() > 0;
	}

	/** The workspace and shopper a subscription token opens. */
	public Optional<Subscription> subscription(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT workspace_id, shopper_id FROM matching_calendar_feed WHERE token_hash = ?")
			.param(SecureTokens.hash(token))
			.query((rs, row) -> new Subscription(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.optional();
	}

	/** What a subscription token opens. */
	public record Subscription(UUID workspaceId, UUID shopperId) {
	}

}
