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
import crmcopilot.support.SmsNotices;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds each client of their session about a day before, by e-mail through the outbox
 * (the e-mail channel delivers it with the workspace's SMTP server), and by SMS as well
 * when the client gave a mobile number with their consent and the workspace has an SMS
 * account ({@link SmsNotices}). An appointment is marked reminded in the same transaction
 * as the enqueue, so each one is reminded once even with several instances; the job looks
 * 23 to 25 hours ahead, wider than its period.
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

	private final SmsNotices sms;

	private final Clock clock;

	@Autowired
	AppointmentReminders(JdbcClient jdbc, Outbox outbox, MessageSource messages, Workspaces workspaces, SmsNotices sms,
			ObjectProvider<Clock> clock) {
		this(jdbc, outbox, messages, workspaces, sms, clock.getIfAvailable(Clock::systemUTC));
	}

	AppointmentReminders(JdbcClient jdbc, Outbox outbox, MessageSource messages, Workspaces workspaces, SmsNotices sms,
			Clock clock) {
		this.sms = sms;
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
				SELECT a.id, a.workspace_id, a.starts_at, c.email, c.name, c.language, s.name,
				CASE WHEN c.sms_consent_at IS NOT NULL THEN c.phone END,
				EXISTS (SELECT 1 FROM matching_return_link r WHERE r.workspace_id = a.workspace_id
				        AND r.client_id = a.client_id AND r.revoked_at IS NULL AND r.expires_at > ?)
				FROM matching_appointment a
				JOIN matching_client c ON c.id = a.client_id AND c.workspace_id = a.workspace_id
				JOIN matching_shopper s ON s.id = a.shopper_id AND s.workspace_id = a.workspace_id
				WHERE a.reminder_sent_at IS NULL AND a.starts_at >= ? AND a.starts_at <= ?
				ORDER BY a.starts_at""")
			.params(utc(now), utc(now.plus(FROM)), utc(now.plus(TO)))
			.query((rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9)))
			.list();
		int sent = 0;
		for (Due appointment : due) {
			if (claim(appointment.id(), now)) {
				Wording wording = wording(appointment);
				this.outbox.enqueue(mail(appointment, wording));
				String phone = appointment.phone();
				if (phone != null && this.sms.available(appointment.workspaceId())) {
					this.sms.send(appointment.workspaceId(), phone, sms(appointment, wording), appointment.id());
				}
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

	/** The workspace, the client's language and the time in the workspace's zone. */
	private Wording wording(Due appointment) {
		Workspace workspace = this.workspaces.find(appointment.workspaceId()).orElseThrow();
		Locale locale = switch (appointment.language()) {
			case "fr" -> Locale.FRENCH;
			case "en" -> Locale.ENGLISH;
			default -> workspace.locale();
		};
		ZoneId zone = workspace.timeZone();
		return new Wording(workspace, locale, SlotLabels.when(this.messages, appointment.start(), zone, locale));
	}

	private OutboxMessage mail(Due appointment, Wording wording) {
		Workspace workspace = wording.workspace();
		String subject = this.messages.getMessage("matching.reminder.subject",
				new Object[] { workspace.name(), wording.when() }, wording.locale());
		String body = this.messages.getMessage("matching.reminder.body",
				new Object[] { appointment.clientName(), appointment.shopperName(), wording.when(), workspace.name() },
				wording.locale());
		return new OutboxMessage(workspace.id(), EMAIL_KIND, appointment.email(), subject, body, Map.of(),
				appointment.id());
	}

	/**
	 * A short text: the workspace, the shopper, the day and time, and the return link.
	 */
	private String sms(Due appointment, Wording wording) {
		String text = this.messages.getMessage("matching.reminder.sms",
				new Object[] { wording.workspace().name(), appointment.shopperName(), wording.when() },
				wording.locale());
		return appointment.returnLink()
				? text + " " + this.messages.getMessage("matching.reminder.sms.link", null, wording.locale()) : text;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * @param phone the client's mobile number when they consented to SMS reminders
	 * @param returnLink whether the client holds a live return link
	 */
	private record Due(UUID id, UUID workspaceId, Instant start, String email, String clientName, String language,
			String shopperName, @Nullable String phone, boolean returnLink) {
	}

	private record Wording(Workspace workspace, Locale locale, String when) {
	}

}
