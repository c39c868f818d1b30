package crmcopilot.learning.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code marketing_ai_jdbc_sources}, scoped by workspace. */
@Repository
public class JdbcSourceStore {

	/** A saved source; the password stays encrypted here. */
	public record StoredSource(UUID id, String url, String table, String labelColumn, @Nullable String username,
			@Nullable String passwordEncrypted, @Nullable Instant lastReadAt) {
	}

	private final JdbcClient jdbc;

	JdbcSourceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the workspace's source. */
	public StoredSource save(UUID workspaceId, String url, String table, String labelColumn, @Nullable String username,
			@Nullable String passwordEncrypted) {
		this.jdbc.sql("DELETE FROM marketing_ai_jdbc_sources WHERE workspace_id = ?").param(workspaceId).update();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO marketing_ai_jdbc_sources (id, workspace_id, jdbc_url, table_name, label_column, "
					+ "username, password_encrypted, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, workspaceId, url, table, labelColumn, username, passwordEncrypted, Columns.utc(Instant.now()))
			.update();
		return new StoredSource(id, url, table, labelColumn, username, passwordEncrypted, null);
	}

	public Optional<StoredSource> find(UUID workspaceId) {
		return this.jdbc.sql("SELECT * FROM marketing_ai_jdbc_sources WHERE workspace_id = ?")
			.param(workspaceId)
			.query((rs, n) -> {
				OffsetDateTime read = rs.getObject("last_read_at", OffsetDateTime.class);
				return new StoredSource(rs.getObject("id", UUID.class), rs.getString("jdbc_url"),
						rs.getString("table_name"), rs.getString("label_column"), rs.getString("username"),
						rs.getString("password_encrypted"), (read != null) ? read.toInstant() : null);
			})
			.optional();
	}

	public void markRead(UUID workspaceId) {
		this.jdbc.sql("UPDATE marketing_ai_jdbc_sources SET last_read_at = ? WHERE workspace_id = ?")
			.params(Columns.utc(Instant.now()), workspaceId)
			.update();
	}

}
