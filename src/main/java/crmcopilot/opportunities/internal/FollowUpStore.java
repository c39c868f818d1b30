package crmcopilot.opportunities.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of follow-ups ({@code opp_follow_ups}). */
@Repository
class FollowUpStore {

	private final JdbcClient jdbc;

	FollowUpStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(FollowUp followUp) {
		this.jdbc.sql("""
				INSERT INTO opp_follow_ups (id, workspace_id, draft_id, opportunity_id, account_id, owner, subject,
				  due_date, status, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(followUp.id(), followUp.workspaceId(), followUp.draftId(), followUp.opportunityId(),
					followUp.accountId(), Texts.truncate(followUp.owner(), 254),
					Texts.truncate(followUp.subject(), 255), followUp.dueDate(), followUp.status().name(),
					OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

	/** The owner's open follow-ups, the oldest due first (so the overdue ones lead). */
	List<FollowUp> openOf(UUID workspaceId, String owner, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM opp_follow_ups WHERE workspace_id = ? AND owner = ? AND status = 'OPEN'
				ORDER BY due_date, created_at LIMIT\s""" + limit)
			.params(workspaceId, owner)
			.query(FollowUpStore::followUp)
			.list();
	}

	List<FollowUp> ofDraft(UUID workspaceId, UUID draftId) {
		return this.jdbc.sql("SELECT * FROM opp_follow_ups WHERE workspace_id = ? AND draft_id = ? ORDER BY due_date")
			.params(workspaceId, draftId)
			.query(FollowUpStore::followUp)
			.list();
	}

	long countOpen(UUID workspaceId, String owner, LocalDate dueBefore) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM opp_follow_ups
				WHERE workspace_id = ? AND owner = ? AND status = 'OPEN' AND due_date < ?""")
			.params(workspaceId, owner, dueBefore)
			.query(Long.class)
			.single();
	}

	Optional<FollowUp> find(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT * FROM opp_follow_ups WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(FollowUpStore::followUp)
			.optional();
	}

	void done(UUID workspaceId, UUID id) {
		this.jdbc.sql("UPDATE opp_follow_ups SET status = 'DONE', done_at = ? WHERE workspace_id = ? AND id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC), workspaceId, id)
			.update();
	}

	void due(UUID workspaceId, UUID id, LocalDate dueDate) {
		this.jdbc.sql("UPDATE opp_follow_ups SET due_date = ? WHERE workspace_id = ? AND id = ?")
			.params(dueDate, workspaceId, id)
			.update();
	}

	private static FollowUp followUp(ResultSet rs, int row) throws SQLException {
		return new FollowUp(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getObject("draft_id", UUID.class), rs.getObject("opportunity_id", UUID.class),
				rs.getObject("account_id", UUID.class), rs.getString("owner"), rs.getString("subject"),
				rs.getObject("due_date", LocalDate.class), FollowUp.Status.valueOf(rs.getString("status")));
	}

}
