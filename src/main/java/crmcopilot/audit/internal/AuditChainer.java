package crmcopilot.audit.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import crmcopilot.audit.AuditEntry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one writer of the chain: links a workspace's committed, unchained entries in the
 * order they were written, each to the one before it. It runs right after the commit that
 * wrote them and from the scheduler (for entries whose commit was followed by a crash).
 * Its own short transaction locks the workspace's chain head only, so chainers on several
 * server instances take turns while business transactions never wait for the head.
 */
@Component
class AuditChainer {

	private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final TransactionTemplate savepoint;

	AuditChainer(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** Links every unchained entry of every workspace; returns how many were linked. */
	int chainPending() {
		List<UUID> workspaces = this.jdbc.sql("SELECT DISTINCT workspace_id FROM audit_entries WHERE seq IS NULL")
			.query(UUID.class)
			.list();
		return workspaces.stream().mapToInt(this::chain).sum();
	}

	/** Links the workspace's unchained entries; returns how many were linked. */
	int chain(UUID workspaceId) {
		int total = 0;
		int linked;
		do {
			Integer batch = this.ownTransaction.execute((status) -> chainBatch(workspaceId));
			linked = (batch != null) ? batch : 0;
			total += linked;
		}
		while (linked == BATCH);
		return total;
	}

	private int chainBatch(UUID workspaceId) {
		Head head = lockHead(workspaceId);
		List<StoredEntry> pending = this.jdbc
			.sql("SELECT * FROM audit_entries WHERE workspace_id = ? AND seq IS NULL ORDER BY position LIMIT " + BATCH)
			.param(workspaceId)
			.query(StoredEntry::map)
			.list();
		long seq = head.lastSeq();
		String prevHash = head.lastHash();
		for (StoredEntry stored : pending) {
			if (stored.contentChanged()) {
				// still linked: its stored content hash keeps the change visible to
				// verify()
				log.error("Audit entry {} of workspace {} was changed before it was chained", stored.entry().id(),
						workspaceId);
			}
			AuditEntry entry = linked(stored.entry(), ++seq, prevHash);
			this.jdbc.sql("UPDATE audit_entries SET seq = ?, prev_hash = ?, hash = ? WHERE id = ? AND seq IS NULL")
				.params(entry.seq(), entry.prevHash(), entry.hash(), entry.id())
				.update();
			prevHash = entry.hash();
		}
		if (!pending.isEmpty()) {
			this.jdbc.sql("UPDATE audit_chain_heads SET last_seq = ?, last_hash = ? WHERE workspace_id = ?")
				.params(seq, prevHash, workspaceId)
				.update();
		}
		return pending.size();
	}

	private static AuditEntry linked(AuditEntry entry, long seq, String prevHash) {
		AuditEntry unsigned = new AuditEntry(entry.id(), entry.workspaceId(), seq, entry.occurredAt(), entry.actor(),
				entry.actorType(), entry.action(), entry.objectType(), entry.objectId(), entry.reason(),
				entry.details(), prevHash, null);
		return new AuditEntry(entry.id(), entry.workspaceId(), seq, entry.occurredAt(), entry.actor(),
				entry.actorType(), entry.action(), entry.objectType(), entry.objectId(), entry.reason(),
				entry.details(), prevHash, ChainHash.of(unsigned));
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
			// another chainer created the head first: lock theirs
		}
		return selectHeadForUpdate(workspaceId).orElseThrow();
	}

	private Optional<Head> selectHeadForUpdate(UUID workspaceId) {
		return this.jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_heads WHERE workspace_id = ? FOR UPDATE")
			.param(workspaceId)
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/** The last linked entry of a workspace's chain. */
	record Head(long lastSeq, String lastHash) {
	}

}
