package crmcopilot.learning.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Merchants' imported rows ({@code marketing_ai_datasets}); the latest one is used. */
@Repository
public class DatasetStore {

	/** A merchant's imported rows (CSV bytes) with its label column. */
	public record StoredDataset(UUID id, String name, String labelColumn, int rowCount, byte[] content,
			Instant createdAt) {
	}

	private final JdbcClient jdbc;

	DatasetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public StoredDataset save(UUID workspaceId, String name, String labelColumn, int rowCount, byte[] content) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		this.jdbc
			.sql("INSERT INTO marketing_ai_datasets (id, workspace_id, name, label_column, row_count, content, "
					+ "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(id, workspaceId, name, labelColumn, rowCount, content, Columns.utc(now))
			.update();
		return new StoredDataset(id, name, labelColumn, rowCount, content, now);
	}

	public Optional<StoredDataset> latest(UUID workspaceId) {
		return this.jdbc
			.sql("SELECT * FROM marketing_ai_datasets WHERE workspace_id = ? ORDER BY created_at DESC, id LIMIT 1")
			.param(workspaceId)
			.query((rs, n) -> new StoredDataset(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("label_column"), rs.getInt("row_count"), rs.getBytes("content"),
					Columns.instant(rs, "created_at")))
			.optional();
	}

}
