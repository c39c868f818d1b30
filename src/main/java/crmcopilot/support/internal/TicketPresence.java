package crmcopilot.support.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static crmcopilot.support.internal.SupportStore.at;

/**
 * Who has a ticket open, and who is typing a reply to it. Each open ticket page reports
 * every few seconds; a report older than {@link #EXPIRY} means the person left. Kept in
 * the database so that agents served by different instances see each other.
 */
@Repository
public class TicketPresence {

	/** How long a report counts: a few missed polls, not a closed tab. */
	public static final Duration EXPIRY = Duration.ofSeconds(30);

	/** Rows older than this are deleted as others report (tickets nobody reopens). */
	private static final Duration FORGET = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	@Autowired
	TicketPresence(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		this(jdbc, clock.getIfAvailable(Clock::systemUTC));
	}

	public TicketPresence(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records that {@code actor} has the ticket open, and is typing a reply when
	 * {@code writing}.
	 */
	public void report(UUID workspaceId, UUID ticketId, String actor, String displayName, boolean writing) {
		Instant now = this.clock.instant();
		if (update(workspaceId, ticketId, actor, displayName, writing, now) == 0) {
			try {
				this.jdbc.sql(
						"INSERT INTO support_presence (workspace_id, ticket_id, actor, display_name, seen_at, writing_at) "
								+ "VALUES (?, ?, ?, ?, ?, ?)")
					.params(workspaceId, ticketId, actor, displayName, at(now), writing ? at(now) : null)
					.update();
			}
			catch (DuplicateKeyException ex) {
				// the same person's other tab reported at the same moment
				update(workspaceId, ticketId, actor, displayName, writing, now);
			}
		}
		this.jdbc.sql("DELETE FROM support_presence WHERE seen_at < ?").params(at(now.minus(FORGET))).update();
	}

	/** The others who have the ticket open now, writers first, then by name. */
	public List<Present> others(UUID workspaceId, UUID ticketId, String actor) {
		Instant now = this.clock.instant();
		Instant since = now.minus(EXPIRY);
		return this.jdbc
			.sql("SELECT display_name, writing_at FROM support_presence WHERE workspace_id = ? AND ticket_id = ? "
					+ "AND actor <> ? AND seen_at >= ? ORDER BY display_name")
			.params(workspaceId, ticketId, actor, at(since))
			.query((rs, n) -> {
				java.time.OffsetDateTime writingAt = rs.getObject("writing_at", java.time.OffsetDateTime.class);
				return new Present(rs.getString("display_name"),
						writingAt != null && !writingAt.toInstant().isBefore(since));
			})
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing((Present present) -> !present.writing()))
			.toList();
	}

	private int update(UUID workspaceId, UUID ticketId, String actor, String displayName, boolean writing,
			Instant now) {
		if (writing) {
			return this.jdbc
				.sql("UPDATE support_presence SET display_name = ?, seen_at = ?, writing_at = ? "
						+ "WHERE workspace_id = ? AND ticket_id = ? AND actor = ?")
				.params(displayName, at(now), at(now), workspaceId, ticketId, actor)
				.update();
		}
		return this.jdbc
			.sql("UPDATE support_presence SET display_name = ?, seen_at = ? "
					+ "WHERE workspace_id = ? AND ticket_id = ? AND actor = ?")
			.params(displayName, at(now), workspaceId, ticketId, actor)
			.update();
	}

	/**
	 * Another person on the ticket.
	 *
	 * @param writing they typed in the reply box within {@link #EXPIRY}
	 */
	public record Present(String name, boolean writing) {
	}

}
