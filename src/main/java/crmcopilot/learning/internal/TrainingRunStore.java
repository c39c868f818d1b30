package crmcopilot.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.learning.internal.WeightStore.StoredWeights;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Merchants' training runs ({@code marketing_ai_training_runs}), scoped by workspace. */
@Repository
public class TrainingRunStore {

	private final JdbcClient jdbc;

	private final Columns columns;

	private final WeightStore weights;

	TrainingRunStore(JdbcClient jdbc, Columns columns, WeightStore weights) {
		this.jdbc = jdbc;
		this.columns = columns;
		this.weights = weights;
	}

	public TrainingRun save(UUID workspaceId, String modelVersion, ModelType modelType, Map<String, Object> data,
			Map<String, Object> metrics, RunSource sourceType, StoredWeights weights, long durationMs) {
		NonFiniteModelException.requireFinite(metrics);
		NonFiniteModelException.requireFinite(weights.weights());
		UUID id = UUID.randomUUID();
		Instant now = Columns.now();
		this.jdbc
			.sql("INSERT INTO marketing_ai_training_runs (id, workspace_id, merchant_id, model_version, model_type, "
					+ "training_data, metrics, source_type, model_weights_hash, weights_id, deployed, aggregated, "
					+ "training_duration_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, ?, ?)")
			.params(id, workspaceId, workspaceId, modelVersion, modelType.value(), this.columns.json(data),
					this.columns.json(metrics), sourceType.value(), weights.sha256(), weights.id(), durationMs,
					Columns.utc(now))
			.update();
		return new TrainingRun(id, workspaceId, modelVersion, modelType, data, metrics, sourceType, weights.sha256(),
				false, durationMs, now);
	}

	public List<TrainingRun> runs(UUID workspaceId, int limit) {
		return this.jdbc
			.sql("SELECT * FROM marketing_ai_training_runs WHERE workspace_id = ? ORDER BY created_at DESC, id LIMIT ?")
			.params(workspaceId, limit)
			.query(this::map)
			.list();
	}

	public Optional<TrainingRun> run(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT * FROM marketing_ai_training_runs WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(this::map)
			.optional();
	}

	/** The run serving the merchant, if any. */
	public Optional<TrainingRun> deployed(UUID workspaceId) {
		return this.jdbc
			.sql("SELECT * FROM marketing_ai_training_runs WHERE workspace_id = ? AND deployed = TRUE "
					+ "ORDER BY created_at DESC, id LIMIT 1")
			.param(workspaceId)
			.query(this::map)
			.optional();
	}

	/** Where the run's parameters are stored. */
	public UUID weightsId(UUID workspaceId, UUID runId) {
		return this.jdbc.sql("SELECT weights_id FROM marketing_ai_training_runs WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, runId)
			.query(UUID.class)
			.single();
	}

	/** The next version name of the merchant's models: {@code v1}, {@code v2}... */
	public String nextVersion(UUID workspaceId) {
		int count = this.jdbc.sql("SELECT COUNT(*) FROM marketing_ai_training_runs WHERE workspace_id = ?")
			.param(workspaceId)
			.query(Integer.class)
			.single();
		return "v" + (count + 1);
	}

	/**
	 * Makes the run the merchant's deployed model.
	 * @throws NonFiniteModelException when its weights or metrics are not finite
	 */
	@Transactional
	public void markDeployed(UUID workspaceId, UUID runId) {
		TrainingRun run = run(workspaceId, runId).orElseThrow();
		NonFiniteModelException.requireFinite(run.metrics());
		NonFiniteModelException.requireFinite(this.weights.find(workspaceId, weightsId(workspaceId, runId)).weights());
		this.jdbc.sql("UPDATE marketing_ai_training_runs SET deployed = FALSE WHERE workspace_id = ?")
			.param(workspaceId)
			.update();
		this.jdbc.sql("UPDATE marketing_ai_training_runs SET deployed = TRUE WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, runId)
			.update();
	}

	/**
	 * Local or personalised runs not yet part of an aggregation, across merchants
	 * (platform job).
	 */
	public int countUnaggregated() {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM marketing_ai_training_runs WHERE aggregated = FALSE AND model_type IN ('local', 'personalized')")
			.query(Integer.class)
			.single();
	}

	public void markAllAggregated() {
		this.jdbc.sql("UPDATE marketing_ai_training_runs SET aggregated = TRUE WHERE aggregated = FALSE").update();
	}

	/**
	 * The latest local or personalised run of every merchant (for the anonymous peer
	 * benchmark).
	 */
	public List<TrainingRun> latestPerMerchant() {
		return this.jdbc
			.sql("SELECT r.* FROM marketing_ai_training_runs r WHERE r.model_type IN ('local', 'personalized') "
					+ "AND r.created_at = (SELECT MAX(o.created_at) FROM marketing_ai_training_runs o "
					+ "WHERE o.workspace_id = r.workspace_id AND o.model_type IN ('local', 'personalized'))")
			.query(this::map)
			.list();
	}

	private TrainingRun map(ResultSet rs, int n) throws SQLException {
		return new TrainingRun(rs.getObject("id", UUID.class), rs.getObject("merchant_id", UUID.class),
				rs.getString("model_version"), ModelType.of(rs.getString("model_type")),
				this.columns.map(rs.getString("training_data")), this.columns.map(rs.getString("metrics")),
				RunSource.of(rs.getString("source_type")), rs.getString("model_weights_hash"),
				rs.getBoolean("deployed"), rs.getLong("training_duration_ms"), Columns.instant(rs, "created_at"));
	}

}
