package crmcopilot.learning.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shared external data ({@code marketing_ai_external_data}, platform-wide). */
@Repository
public class ExternalDataStore {

	private final JdbcClient jdbc;

	private final Columns columns;

	ExternalDataStore(JdbcClient jdbc, Columns columns) {
		this.jdbc = jdbc;
		this.columns = columns;
	}

	public ExternalData save(ExternalSource sourceType, String sourceName, ExternalCategory category,
			Map<String, Object> summary, double quality) {
		UUID id = UUID.randomUUID();
		Instant now = Columns.now();
		this.jdbc
			.sql("INSERT INTO marketing_ai_external_data (id, workspace_id, source_type, source_name, data_category, "
					+ "data_summary, quality_score, used_in_training, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?)")
			.params(id, Platform.WORKSPACE, sourceType.value(), sourceName, category.value(),
					this.columns.json(summary), quality, Columns.utc(now))
			.update();
		return new ExternalData(id, sourceType, sourceName, category, summary, quality, false, now);
	}

	public List<ExternalData> list(int limit) {
		return this.jdbc
			.sql("SELECT * FROM marketing_ai_external_data WHERE workspace_id = ? ORDER BY created_at DESC, id LIMIT ?")
			.params(Platform.WORKSPACE, limit)
			.query((rs, n) -> new ExternalData(rs.getObject("id", UUID.class),
					ExternalSource.of(rs.getString("source_type")), rs.getString("source_name"),
					ExternalCategory.of(rs.getString("data_category")), this.columns.map(rs.getString("data_summary")),
					rs.getDouble("quality_score"), rs.getBoolean("used_in_training"),
					Columns.instant(rs, "created_at")))
			.list();
	}

	public Optional<ExternalData> latest(ExternalCategory category) {
		return list(200).stream().filter((data) -> data.dataCategory() == category).findFirst();
	}

	public void markUsedInTraining(UUID externalId) {
		this.jdbc.sql("UPDATE marketing_ai_external_data SET used_in_training = TRUE WHERE workspace_id = ? AND id = ?")
			.params(Platform.WORKSPACE, externalId)
			.update();
	}

}
