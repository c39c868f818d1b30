package crmcopilot.audit.internal;

import java.time.Instant;
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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes each entry unchained, with the hash of its content, in the caller's transaction
 * (so an entry exists exactly when the change it records does) and leaves the linking to
 * the {@link AuditChainer} after commit: no lock is shared between writers.
 */
@Service
class JdbcAuditJournal implements AuditJournal {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditChainer chainer;

	private final ChainVerifier verifier;

	JdbcAuditJournal(JdbcClient jdbc, JsonMapper json, AuditChainer chainer, ChainVerifier verifier) {
		this.jdbc = jdbc;
		this.json = json;
		this.chainer = chainer;
		this.verifier = verifier;
	}

	/**
	 * Inside a transaction the entry is returned unchained and linked after commit;
	 * outside one it is linked before this method returns.
	 */
	@Override
	public AuditEntry record(AuditEvent event) {
		String actor = event.actor();
		String actorType = event.actorType();
		if (actor == null) {
			Optional<Caller> caller = Callers.current();
			actor = caller.map(Caller::actor).orElse("system");
			actorType = caller.map((c) -> c.isToken() ? "token" : "user").orElse("system");
		}
		String details = event.details().isEmpty() ? null : this.json.writeValueAsString(event.details());
		AuditEntry entry = new AuditEntry(UUID.randomUUID(), event.workspaceId(), null,
				Instant.now().truncatedTo(ChronoUnit.MICROS), actor, (actorType != null) ? actorType : "system",
				event.action(), event.objectType(), event.objectId(), event.reason(), details, null, null);
		this.jdbc
			.sql("INSERT INTO audit_entries (id, workspace_id, occurred_at, actor, actor_type, action, "
					+ "object_type, object_id, reason, details, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.id(), entry.workspaceId(), entry.occurredAt().atOffset(ZoneOffset.UTC), entry.actor(),
					entry.actorType(), entry.action(), entry.objectType(), entry.objectId(), entry.reason(),
					entry.details(), ChainHash.content(entry))
			.update();
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			ChainAfterCommit.register(this.chainer, entry.workspaceId());
			return entry;
		}
		this.chainer.chain(entry.workspaceId());
		return this.jdbc.sql("SELECT * FROM audit_entries WHERE id = ?")
			.param(entry.id())
			.query(StoredEntry::mapEntry)
			.single();
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
		// entries not chained yet come after every chained one
		List<AuditEntry> items = this.jdbc
			.sql("SELECT *" + where + " ORDER BY seq DESC NULLS FIRST, position DESC LIMIT " + page.size() + " OFFSET "
					+ page.offset())
			.params(params)
			.query(StoredEntry::mapEntry)
			.list();
		return PageResponse.of(items, page, total);
	}

	@Override
	public List<ChainReport> verify() {
		return this.verifier.verifyAll();
	}

}
