package crmcopilot.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEntry;
import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Callers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends under a row lock on the workspace's chain head, so concurrent writers (and
 * several server instances) extend the chain one at a time.
 */
@Service
class JdbcAuditJournal implements AuditJournal {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate savepoint;

	JdbcAuditJournal(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Override
	@Transactional
	public AuditEntry record(AuditEvent event) {
		Head head = lockHead(event.workspaceId());
		String actor = event.actor();
		String actorType = event.actorType();
		if (actor == null) {
			Optional<Caller> caller = Callers.current();
			actor = caller.map(Caller::actor).orElse("system");
			actorType = caller.map((c) -> c.isToken() ? "token" : "user").orElse("system");
		}
		String details = event.details().isEmpty() ? null : this.json.writeValueAsString(event.details());
		AuditEntry unsigned = new AuditEntry(UUID.randomUUID(), event.workspaceId(), head.lastSeq() + 1,
				Instant.now().truncatedTo(ChronoUnit.MICROS), actor, (actorType != null) ? actorType : "system",
				event.action(), event.objectType(), event.objectId(), event.reason(), details, head.lastHash(), "");
		AuditEntry entry = withHash(unsigned, ChainHash.of(unsigned));
		this.jdbc.sql(
				"INSERT INTO audit_entries (id, workspace_id, seq, occurred_at, actor, actor_type, action, object_type, "
						+ "object_id, reason, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.id(), entry.workspaceId(), entry.seq(), entry.occurredAt().atOffset(ZoneOffset.UTC),
					entry.actor(), entry.actorType(), entry.action(), entry.objectType(), entry.objectId(),
					entry.reason(), entry.details(), entry.prevHash(), entry.hash())
			.update();
		this.jdbc.sql("UPDATE audit_chain_heads SET last_seq = ?, last_hash = ? WHERE workspace_id = ?")
			.params(entry.seq(), entry.hash(), entry.workspaceId())
			.update();
		return entry;
	}

	private record Head(long lastSeq, String lastHash) {
	}

	private Head lockHead(UUID workspaceId) {
		Optional<Head> head = selectHeadForUpdate(workspaceId);
		if (head.isPresent()) {
			return head.get();
		}
		try {
			// inside a savepoint: on PostgreSQL a failed insert would otherwise abort the
			// whole transaction
			this.savepoint.executeWithoutResult((status) -> this.jdbc
				.sql("INSERT INTO audit_chain_heads (workspace_id, last_seq, last_hash) VALUES (?, 0, ?)")
				.params(workspaceId, ChainHash.GENESIS)
				.update());
		}
		catch (DuplicateKeyException ex) {
			// another writer created the head first: lock theirs
		}
		return selectHeadForUpdate(workspaceId).orElseThrow();
	}

	private Optional<Head> selectHeadForUpdate(UUID workspaceId) {
		return this.jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_heads WHERE workspace_id = ? FOR UPDATE")
			.param(workspaceId)
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	@Override
	public PageResponse<AuditEntry> search(UUID workspaceId, Filter filter, PageQuery page) {
		StringBuilder where = new StringBuilder(" FROM audit_entries WHERE workspace_id = ?");
		List<Object> params = new ArrayList<>(List.of(workspaceId));
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.append(" AND LOWER(actor) LIKE ?");
			params.add("%" + filter.actor().toLowerCase() + "%");
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			where.append(" AND action LIKE ?");
			params.add(filter.action() + "%");
		}
		if (filter.object() != null && !filter.object().isBlank()) {
			where.append(" AND (LOWER(object_type) LIKE ? OR LOWER(object_id) LIKE ?)");
			params.add("%" + filter.object().toLowerCase() + "%");
			params.add("%" + filter.object().toLowerCase() + "%");
		}
		if (filter.from() != null) {
			where.append(" AND occurred_at >= ?");
			params.add(filter.from().atOffset(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			where.append(" AND occurred_at < ?");
			params.add(filter.to().atOffset(ZoneOffset.UTC));
		}
		long total = this.jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
		List<AuditEntry> items = this.jdbc
			.sql("SELECT *" + where + " ORDER BY seq DESC LIMIT " + page.size() + " OFFSET " + page.offset())
			.params(params)
			.query(JdbcAuditJournal::map)
			.list();
		return PageResponse.of(items, page, total);
	}

	@Override
	public List<ChainReport> verify() {
		List<UUID> workspaces = this.jdbc
			.sql("SELECT workspace_id FROM audit_chain_heads UNION SELECT DISTINCT workspace_id FROM audit_entries")
			.query(UUID.class)
			.list();
		return workspaces.stream().map(this::verify).toList();
	}

	private ChainReport verify(UUID workspaceId) {
		ChainWalk walk = new ChainWalk();
		this.jdbc.sql("SELECT * FROM audit_entries WHERE workspace_id = ? ORDER BY seq")
			.param(workspaceId)
			.query((ResultSet rs) -> walk.accept(map(rs, 0)));
		Optional<Head> head = this.jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_heads WHERE workspace_id = ?")
			.param(workspaceId)
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.optional();
		if (walk.brokenSeq == null) {
			if (head.isEmpty()) {
				walk.fail(walk.lastSeq, "the chain head is missing");
			}
			else if (head.get().lastSeq() != walk.lastSeq || !head.get().lastHash().equals(walk.lastHash)) {
				walk.fail(walk.lastSeq + 1, "entries after seq " + walk.lastSeq + " were deleted (head expects seq "
						+ head.get().lastSeq() + ")");
			}
		}
		return new ChainReport(workspaceId, walk.count, walk.brokenSeq, walk.problem);
	}

	/** Walks a chain in order, remembering the first link that does not hold. */
	private static final class ChainWalk {

		long count;

		long lastSeq;

		String lastHash = ChainHash.GENESIS;

		Long brokenSeq;

		String problem;

		void accept(AuditEntry entry) {
			this.count++;
			if (this.brokenSeq == null) {
				if (entry.seq() != this.lastSeq + 1) {
					fail(this.lastSeq + 1, "entry seq " + (this.lastSeq + 1) + " is missing");
				}
				else if (!entry.prevHash().equals(this.lastHash)) {
					fail(entry.seq(), "its previous-hash does not match the entry before it");
				}
				else if (!entry.hash().equals(ChainHash.of(entry))) {
					fail(entry.seq(), "its content was changed after it was written");
				}
			}
			this.lastSeq = entry.seq();
			this.lastHash = entry.hash();
		}

		void fail(long seq, String why) {
			if (this.brokenSeq == null) {
				this.brokenSeq = seq;
				this.problem = why;
			}
		}

	}

	private static AuditEntry withHash(AuditEntry entry, String hash) {
		return new AuditEntry(entry.id(), entry.workspaceId(), entry.seq(), entry.occurredAt(), entry.actor(),
				entry.actorType(), entry.action(), entry.objectType(), entry.objectId(), entry.reason(),
				entry.details(), entry.prevHash(), hash);
	}

	static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
				rs.getString("actor_type"), rs.getString("action"), rs.getString("object_type"),
				rs.getString("object_id"), rs.getString("reason"), rs.getString("details"), rs.getString("prev_hash"),
				rs.getString("hash"));
	}

}
