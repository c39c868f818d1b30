package crmcopilot.audit.internal;

import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import crmcopilot.audit.AuditEntry;
import crmcopilot.audit.AuditJournal.ChainReport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks each workspace's chain up to its head, then checks the content hash of the
 * entries not chained yet (or chained after the head was read).
 */
@Component
class ChainVerifier {

	private final JdbcClient jdbc;

	ChainVerifier(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ChainReport> verifyAll() {
		List<UUID> workspaces = this.jdbc
			.sql("SELECT workspace_id FROM audit_chain_heads UNION SELECT DISTINCT workspace_id FROM audit_entries")
			.query(UUID.class)
			.list();
		return workspaces.stream().map(this::verify).toList();
	}

	ChainReport verify(UUID workspaceId) {
		// the head first: entries the chainer links meanwhile are checked as unchained
		// ones
		Optional<AuditChainer.Head> head = this.jdbc
			.sql("SELECT last_seq, last_hash FROM audit_chain_heads WHERE workspace_id = ?")
			.param(workspaceId)
			.query((rs, row) -> new AuditChainer.Head(rs.getLong(1), rs.getString(2)))
			.optional();
		long headSeq = head.map(AuditChainer.Head::lastSeq).orElse(Long.MAX_VALUE);
		ChainWalk walk = new ChainWalk();
		this.jdbc.sql("SELECT * FROM audit_entries WHERE workspace_id = ? AND seq <= ? ORDER BY seq")
			.params(workspaceId, headSeq)
			.query((ResultSet rs) -> walk.accept(StoredEntry.map(rs, 0)));
		if (head.isEmpty() && walk.count > 0) {
			walk.fail(walk.lastSeq, "the chain head is missing");
		}
		else if (head.isPresent()
				&& (head.get().lastSeq() != walk.lastSeq || !head.get().lastHash().equals(walk.lastHash))) {
			walk.fail(walk.lastSeq + 1, "entries after seq " + walk.lastSeq + " were deleted (head expects seq "
					+ head.get().lastSeq() + ")");
		}
		this.jdbc
			.sql("SELECT * FROM audit_entries WHERE workspace_id = ? AND (seq IS NULL OR seq > ?) ORDER BY position")
			.params(workspaceId, headSeq)
			.query((ResultSet rs) -> walk.acceptUnchained(StoredEntry.map(rs, 0)));
		return new ChainReport(workspaceId, walk.count, walk.brokenSeq, walk.problem);
	}

	/** Walks a chain in order, remembering the first link that does not hold. */
	private static final class ChainWalk {

		long count;

		long lastSeq;

		String lastHash = ChainHash.GENESIS;

		@Nullable Long brokenSeq;

		@Nullable String problem;

		void accept(StoredEntry stored) {
			AuditEntry entry = stored.entry();
			this.count++;
			long seq = (entry.seq() != null) ? entry.seq() : 0;
			if (seq != this.lastSeq + 1) {
				fail(this.lastSeq + 1, "entry seq " + (this.lastSeq + 1) + " is missing");
			}
			else if (!this.lastHash.equals(entry.prevHash())) {
				fail(seq, "its previous-hash does not match the entry before it");
			}
			else if (!ChainHash.of(entry).equals(entry.hash()) || stored.contentChanged()) {
				fail(seq, "its content was changed after it was written");
			}
			this.lastSeq = seq;
			this.lastHash = (entry.hash() != null) ? entry.hash() : "";
		}

		void acceptUnchained(StoredEntry stored) {
			this.count++;
			if (stored.contentHash() == null || stored.contentChanged()) {
				failUnchained("entry " + stored.entry().id() + ", not chained yet, was changed after it was written");
			}
		}

		void fail(long seq, String why) {
			if (this.problem == null) {
				this.brokenSeq = seq;
				this.problem = why;
			}
		}

		void failUnchained(String why) {
			if (this.problem == null) {
				this.problem = why;
			}
		}

	}

}
