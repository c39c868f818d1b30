package crmcopilot.opportunities.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.crm.AccountMatch;
import crmcopilot.opportunities.OpportunityExtraction;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.shared.Texts;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of drafts ({@code opp_drafts}): one row per captured text, then its decision.
 */
@Repository
class DraftStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DraftStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A new draft as extracted. */
	record NewDraft(UUID id, UUID workspaceId, String sourceKind, @Nullable String sourceName, String contentHash,
			String text, LocalDate documentDate, OpportunityExtraction extraction, Map<String, String> values,
			String engine, AccountMatch accountMatch, AccountMatch contactMatch,
			@Nullable OpportunityMatch opportunityMatch, String createdBy) {
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when the workspace has a
	 * draft of the same text
	 */
	void insert(NewDraft draft) {
		this.jdbc.sql("""
				INSERT INTO opp_drafts (id, workspace_id, source_kind, source_name, content_hash, text, document_date,
				  extraction, field_values, confidence, engine, status, account_match, contact_match,
				  opportunity_match, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(draft.id(), draft.workspaceId(), draft.sourceKind(), Texts.truncate(draft.sourceName(), 255),
					draft.contentHash(), draft.text(), draft.documentDate(),
					this.json.writeValueAsString(draft.extraction()), this.json.writeValueAsString(draft.values()),
					draft.extraction().confidence(), Texts.truncate(draft.engine(), 40),
					OpportunityDraft.Status.DRAFT.name(), this.json.writeValueAsString(draft.accountMatch()),
					this.json.writeValueAsString(draft.contactMatch()),
					(draft.opportunityMatch() != null) ? this.json.writeValueAsString(draft.opportunityMatch()) : null,
					Texts.truncate(draft.createdBy(), 254), now())
			.update();
	}

	Optional<OpportunityDraft> find(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT * FROM opp_drafts WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(this::draft)
			.optional();
	}

	Optional<OpportunityDraft> byHash(UUID workspaceId, String hash) {
		return this.jdbc.sql("SELECT * FROM opp_drafts WHERE workspace_id = ? AND content_hash = ?")
			.params(workspaceId, hash)
			.query(this::draft)
			.optional();
	}

	PageResponse<OpportunityDraft> page(UUID workspaceId, OpportunityDraft.@Nullable Status status, PageQuery page) {
		String where = "workspace_id = ?" + ((status != null) ? " AND status = ?" : "");
		Object[] params = (status != null) ? new Object[] { workspaceId, status.name() } : new Object[] { workspaceId };
		long total = this.jdbc.sql("SELECT COUNT(*) FROM opp_drafts WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<OpportunityDraft> items = this.jdbc
			.sql("SELECT * FROM opp_drafts WHERE " + where + " ORDER BY created_at DESC, id LIMIT " + page.size()
					+ " OFFSET " + page.offset())
			.params(params)
			.query(this::draft)
			.list();
		return PageResponse.of(items, page, total);
	}

	/**
	 * The document date of the latest approved draft of each opportunity of an account
	 * (the note that created it or the last that updated it).
	 */
	Map<UUID, LocalDate> lastActivity(UUID workspaceId, UUID accountId) {
		Map<UUID, LocalDate> dates = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT opportunity_id, MAX(document_date) AS last_date FROM opp_drafts
				WHERE workspace_id = ? AND account_id = ? AND status = ? AND opportunity_id IS NOT NULL
				GROUP BY opportunity_id""")
			.params(workspaceId, accountId, OpportunityDraft.Status.APPROVED.name())
			.query((rs) -> {
				dates.put(rs.getObject("opportunity_id", UUID.class), rs.getObject("last_date", LocalDate.class));
			});
		return dates;
	}

	/**
	 * The latest drafts of an account (by its id) or of an opportunity (by its id),
	 * newest first: what its timeline shows.
	 */
	List<OpportunityDraft> ofAccount(UUID workspaceId, UUID accountId, int limit) {
		return this.jdbc
			.sql("SELECT * FROM opp_drafts WHERE workspace_id = ? AND account_id = ? ORDER BY created_at DESC LIMIT "
					+ limit)
			.params(workspaceId, accountId)
			.query(this::draft)
			.list();
	}

	List<OpportunityDraft> ofOpportunity(UUID workspaceId, UUID opportunityId, int limit) {
		return this.jdbc.sql(
				"SELECT * FROM opp_drafts WHERE workspace_id = ? AND opportunity_id = ? ORDER BY created_at DESC LIMIT "
						+ limit)
			.params(workspaceId, opportunityId)
			.query(this::draft)
			.list();
	}

	/** Records the approval of a draft still waiting for a decision. */
	void approved(UUID workspaceId, UUID id, Map<String, String> values, UUID accountId, @Nullable UUID contactId,
			UUID opportunityId, boolean opportunityUpdated, String actor, @Nullable String note) {
		this.jdbc.sql("""
				UPDATE opp_drafts SET status = ?, field_values = ?, account_id = ?, contact_id = ?, opportunity_id = ?,
				  opportunity_updated = ?, decided_by = ?, decided_at = ?, decision_note = ?
				WHERE workspace_id = ? AND id = ? AND status = ?""")
			.params(OpportunityDraft.Status.APPROVED.name(), this.json.writeValueAsString(values), accountId, contactId,
					opportunityId, opportunityUpdated, Texts.truncate(actor, 254), now(), note, workspaceId, id,
					OpportunityDraft.Status.DRAFT.name())
			.update();
	}

	void rejected(UUID workspaceId, UUID id, String actor, @Nullable String reason) {
		this.jdbc.sql("""
				UPDATE opp_drafts SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?
				WHERE workspace_id = ? AND id = ?""")
			.params(OpportunityDraft.Status.REJECTED.name(), Texts.truncate(actor, 254), now(), reason, workspaceId, id)
			.update();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	@SuppressWarnings("unchecked")
	private OpportunityDraft draft(ResultSet rs, int row) throws SQLException {
		OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
		return new OpportunityDraft(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("source_kind"), rs.getString("source_name"), rs.getString("text"),
				rs.getObject("document_date", LocalDate.class),
				this.json.readValue(rs.getString("field_values"), LinkedHashMap.class),
				this.json.readValue(rs.getString("extraction"), OpportunityExtraction.class),
				rs.getDouble("confidence"), rs.getString("engine"),
				OpportunityDraft.Status.valueOf(rs.getString("status")),
				this.json.readValue(rs.getString("account_match"), AccountMatch.class),
				this.json.readValue(rs.getString("contact_match"), AccountMatch.class),
				(rs.getString("opportunity_match") != null)
						? this.json.readValue(rs.getString("opportunity_match"), OpportunityMatch.class) : null,
				rs.getObject("account_id", UUID.class), rs.getObject("contact_id", UUID.class),
				rs.getObject("opportunity_id", UUID.class), rs.getBoolean("opportunity_updated"),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getString("decided_by"), (decidedAt != null) ? decidedAt.toInstant() : null,
				rs.getString("decision_note"), false);
	}

}
