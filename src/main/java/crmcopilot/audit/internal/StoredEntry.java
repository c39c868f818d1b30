package crmcopilot.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import crmcopilot.audit.AuditEntry;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code audit_entries}: the entry and the content hash written with it (null
 * for entries written before content hashes existed, which their chain hash covers).
 */
record StoredEntry(AuditEntry entry, @Nullable String contentHash) {

	/** Whether the stored content hash no longer matches the content. */
	boolean contentChanged() {
		return this.contentHash != null && !this.contentHash.equals(ChainHash.content(this.entry));
	}

	static StoredEntry map(ResultSet rs, int row) throws SQLException {
		return new StoredEntry(mapEntry(rs, row), rs.getString("content_hash"));
	}

	static AuditEntry mapEntry(ResultSet rs, int row) throws SQLException {
		long seqValue = rs.getLong("seq");
		Long seq = rs.wasNull() ? null : seqValue;
		return new AuditEntry(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class), seq,
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
				rs.getString("actor_type"), rs.getString("action"), rs.getString("object_type"),
				rs.getString("object_id"), rs.getString("reason"), rs.getString("details"), rs.getString("prev_hash"),
				rs.getString("hash"));
	}

}
