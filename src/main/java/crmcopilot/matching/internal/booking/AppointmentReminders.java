package crmcopilot.matching.internal.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxMessage;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds each client of their session about a day before, by e-mail through the outbox
 * (the e-mail channel delivers it with the workspace's SMTP server). An appointment is
 * marked reminded in the same transaction as the enqueue, so each one is reminded once
 * even with several instances; the job looks 23 to 25 hours ahead, wider than its period.
 */
@Component
public class AppointmentReminders {

	/**
	 * The outbox kind of the e-mail channel (an address as target, a subject, a text).
	 */
	static final String EMAIL_KIND = "EMAIL";

	static final Duration FROM = Duration.ofHours(23);

	static final Duration TO = Duration.ofHours(25);

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Workspaces workspaces;

	private final Clock clock;

	@Autowired
	AppointmentReminders(JdbcClient jdbc, Outbox outbox, MessageSource messages, Workspaces workspaces,
			ObjectProvider<Clock> clock) {
		this(jdbc, outbox, messages, workspaces, clock.getIfAvailable(Clock::systemUTC));
	}

	AppointmentReminders(JdbcClient jdbc, Outbox outbox, MessageSource messages, Workspaces workspaces, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.messages = messages;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	/**
	 * Enqueues the reminder of every appointment starting in 23 to 25 hours that has
	 * none.
	 * @return how many were enqueued
	 */
	@Transactional
	public int sendDue() {
		Instant now = this.clock.instant();
		List<Due> due = this.jdbc.sql("""
				SELECT a.id, a.workspace_id, a.starts_at, c.email, c.name, c.language, s.name
				FROM matching_appointment a
				JOIN matching_client c ON c.id = a.client_id AND c.workspace_id = a.workspace_id
				JOIN matching_shopper s ON s.id = a.shopper_id AND s.workspace_id = a.workspace_id
				WHERE a.reminder_sent_at IS NULL AND a.starts_at >= ? AND a.starts_at <= ?
				ORDER BY a.starts_at""")
			.params(utc(now.plus(FROM)), utc(now.plus(TO)))
			.query((rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7)))
			.list();
		int sent = 0;
		for (Due appointment : due) {
			if (claim(appointment.id(), now)) {
				this.outbox.enqueue(mail(appointment));
				sent++;
			}
		}
		return sent;
	}

	private boolean claim(UUID appointmentId, Instant now) {
		return this.jdbc
			.sql("UPDATE matching_appointment SET reminder_sent_at = ? WHERE id = ? AND reminder_sent_at IS NULL")
			.params(utc(now), appointmentId)
			.update() == 1;
	}

	private OutboxMessage mail(Due appointment) {
		Workspace workspace = this.workspaces.find(appointment.workspaceId()).orElseThrow();
		Locale locale = switch (appointment.language()) {
			case "fr" -> Locale.FRENCH;
			case "en" -> Locale.ENGLISH;
			default -> workspace.locale();
		};
		ZoneId zone = workspace.timeZone();
		String when = SlotLabels.when(this.messages, appointment.start(), zone, locale);
		String subject = this.messages.getMessage("matching.reminder.subject", new Object[] { workspace.name(), when },
				locale);
		String body = this.messages.getMessage("matching.reminder.body",
				new Object[] { appointment.clientName(), appointment.shopperName(), when, workspace.name() }, locale);
		return new OutboxMessage(workspace.id(), EMAIL_KIND, appointment.email(), subject, body, Map.of(),
				appointment.id());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Due(UUID id, UUID workspaceId, Instant start, String email, String clientName, String language,
			String shopperName) {
	}

}
