package crmcopilot.support.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.Texts;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static crmcopilot.support.internal.SupportStore.at;
import static crmcopilot.support.internal.SupportStore.instant;

/** Tickets; every query is scoped by the workspace. */
@Repository
public class TicketStore {

	private static final String COLUMNS = "id, workspace_id, thread_id, message_id, status, assignee, categorie, priorite, "
			+ "channel, customer, subject, reason, sla_due_at, first_response_at, resolved_at, created_at, updated_at";

	private final JdbcClient jdbc;

	public TicketStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Ticket insert(Ticket ticket) {
		this.jdbc
			.sql("INSERT INTO support_ticket (" + COLUMNS
					+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(ticket.id(), ticket.workspaceId(), ticket.threadId(), ticket.messageId(), ticket.status().code(),
					ticket.assignee(), ticket.categorie(), ticket.priorite(), ticket.channel(),
					Texts.truncate(ticket.customer(), 320), Texts.truncate(ticket.subject(), 500),
					Texts.truncate(ticket.reason(), 500), at(ticket.slaDueAt()),
					SupportStore.atOrNull(ticket.firstResponseAt()), SupportStore.atOrNull(ticket.resolvedAt()),
					at(ticket.createdAt()), at(ticket.updatedAt()))
			.update();
		return ticket;
	}

	public Optional<Ticket> find(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM support_ticket WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(TicketStore::ticket)
			.optional();
	}

	/**
	 * Holds the ticket's row until the transaction ends: two agents replying at once are
	 * served one after the other.
	 */
	void lock(UUID workspaceId, UUID id) {
		this.jdbc.sql("SELECT id FROM support_ticket WHERE workspace_id = ? AND id = ? FOR UPDATE")
			.params(workspaceId, id)
			.query(UUID.class)
			.optional();
	}

	public Optional<Ticket> latestOfThread(UUID workspaceId, UUID threadId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM support_ticket WHERE workspace_id = ? AND thread_id = ? ORDER BY created_at DESC LIMIT 1")
			.params(workspaceId, threadId)
			.query(TicketStore::ticket)
			.optional();
	}

	public Optional<Ticket> ofMessage(UUID workspaceId, UUID messageId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM support_ticket WHERE workspace_id = ? AND message_id = ?")
			.params(workspaceId, messageId)
			.query(TicketStore::ticket)
			.optional();
	}

	public void updateStatus(UUID workspaceId, UUID id, TicketStatus status, Instant now) {
		this.jdbc
			.sql("UPDATE support_ticket SET status = ?, updated_at = ?, "
					+ "resolved_at = CASE WHEN ? = 'resolu' THEN ? ELSE NULL END WHERE workspace_id = ? AND id = ?")
			.params(status.code(), at(now), status.code(), at(now), workspaceId, id)
			.update();
	}

	public void updateAssignee(UUID workspaceId, UUID id, @Nullable String assignee, Instant now) {
		this.jdbc.sql("UPDATE support_ticket SET assignee = ?, updated_at = ? WHERE workspace_id = ? AND id = ?")
			.params(assignee, at(now), workspaceId, id)
			.update();
	}

	public void updateTriage(UUID workspaceId, UUID id, String categorie, String priorite, Instant slaDueAt,
			Instant now) {
		this.jdbc
			.sql("UPDATE support_ticket SET categorie = ?, priorite = ?, sla_due_at = ?, updated_at = ? "
					+ "WHERE workspace_id = ? AND id = ?")
			.params(categorie, priorite, at(slaDueAt), at(now), workspaceId, id)
			.update();
	}

	public void markFirstResponse(UUID workspaceId, UUID id, Instant at) {
		this.jdbc
			.sql("UPDATE support_ticket SET first_response_at = COALESCE(first_response_at, ?), updated_at = ? "
					+ "WHERE workspace_id = ? AND id = ?")
			.params(at(at), at(at), workspaceId, id)
			.update();
	}

	/**
	 * Inbox filters; null means any.
	 *
	 * @param query words searched in the subject, the customer and the messages
	 */
	public record Filter(@Nullable String status, @Nullable String categorie, @Nullable String priorite,
			@Nullable String channel, @Nullable String assignee, boolean slaAtRisk, @Nullable String query) {

		public static Filter none() {
			return new Filter(null, null, null, null, null, false, null);
		}

	}

	public PageResponse<Ticket> search(UUID workspaceId, Filter filter, PageQuery page, Instant now) {
		StringBuilder where = new StringBuilder(" WHERE workspace_id = ?");
		List<Object> params = new ArrayList<>();
		params.add(workspaceId);
		if (filter.status() != null) {
			if ("open".equals(filter.status())) {
				where.append(" AND status <> 'resolu'");
			}
			else {
				where.append(" AND status = ?");
				params.add(filter.status());
			}
		}
		add(where, params, "categorie", filter.categorie());
		add(where, params, "priorite", filter.priorite());
		add(where, params, "channel", filter.channel());
		if (filter.assignee() != null) {
			if ("none".equals(filter.assignee())) {
				where.append(" AND assignee IS NULL");
			}
			else {
				where.append(" AND assignee = ?");
				params.add(filter.assignee());
			}
		}
		if (filter.slaAtRisk()) {
			where.append(" AND status <> 'resolu' AND first_response_at IS NULL AND sla_due_at < ?");
			params.add(at(now.plusSeconds(3600)));
		}
		if (filter.query() != null && !filter.query().isBlank()) {
			String like = "%" + filter.query().strip().toLowerCase(java.util.Locale.ROOT) + "%";
			where
				.append(" AND (LOWER(subject) LIKE ? OR LOWER(customer) LIKE ? OR EXISTS (SELECT 1 FROM support_message m "
						+ "WHERE m.workspace_id = support_ticket.workspace_id AND m.thread_id = support_ticket.thread_id "
						+ "AND LOWER(m.body) LIKE ?))");
			params.add(like);
			params.add(like);
			params.add(like);
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM support_ticket" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<Ticket> items = this.jdbc.sql("SELECT " + COLUMNS + " FROM support_ticket" + where
				+ " ORDER BY CASE priorite WHEN 'Urgente' THEN 0 WHEN 'Haute' THEN 1 WHEN 'Normale' THEN 2 ELSE 3 END, "
				+ "created_at DESC LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(TicketStore::ticket)
			.list();
		return PageResponse.of(items, page, total);
	}

	public List<Ticket> between(UUID workspaceId, Instant from, Instant to) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM support_ticket WHERE workspace_id = ? AND created_at >= ? AND created_at < ?")
			.params(workspaceId, at(from), at(to))
			.query(TicketStore::ticket)
			.list();
	}

	public long backlog(UUID workspaceId) {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM support_ticket WHERE workspace_id = ? AND status NOT IN ('resolu', 'reponse_auto')")
			.params(workspaceId)
			.query(Long.class)
			.single();
	}

	public List<String> assignees(UUID workspaceId) {
		return this.jdbc.sql(
				"SELECT DISTINCT assignee FROM support_ticket WHERE workspace_id = ? AND assignee IS NOT NULL ORDER BY assignee")
			.params(workspaceId)
			.query(String.class)
			.list();
	}

	private static void add(StringBuilder where, List<Object> params, String column, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			where.append(" AND ").append(column).append(" = ?");
			params.add(value);
		}
	}

	private static Ticket ticket(ResultSet rs, int row) throws SQLException {
		return new Ticket(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getObject("thread_id", UUID.class), rs.getObject("message_id", UUID.class),
				TicketStatus.of(rs.getString("status")), rs.getString("assignee"), rs.getString("categorie"),
				rs.getString("priorite"), rs.getString("channel"), rs.getString("customer"), rs.getString("subject"),
				rs.getString("reason"), instant(rs, "sla_due_at"), instant(rs, "first_response_at"),
				instant(rs, "resolved_at"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

}
