package crmcopilot.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.learning.CrawlerJob;
import crmcopilot.learning.ExternalData;
import crmcopilot.learning.GlobalModel;
import crmcopilot.learning.MerchantConfig;
import crmcopilot.learning.TrainingRun;
import crmcopilot.learning.model.FeatureSchema;
import crmcopilot.learning.model.WeightCodec;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * SQL of the learning tables. Every query is scoped by workspace id; platform-wide rows
 * (global models, shared external data) live under {@link #PLATFORM}.
 */
@Repository
public class LearningStore {

	/** Workspace id of platform-wide rows. */
	public static final UUID PLATFORM = new UUID(0, 0);

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Boolean>> FLAGS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	public LearningStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public static OffsetDateTime utc(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	public String toJson(Object value) {
		return this.json.writeValueAsString(value);
	}

	public Map<String, Object> map(String text) {
		return this.json.readValue(text, MAP);
	}

	// ---- weights

	/** A stored parameter vector and the schema it was trained with. */
	public record StoredWeights(UUID id, String sha256, double[] weights, FeatureSchema schema) {
	}

	public StoredWeights saveWeights(UUID workspaceId, double[] weights, FeatureSchema schema) {
		byte[] bytes = WeightCodec.toBytes(weights);
		String hash = WeightCodec.sha256(bytes);
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO marketing_ai_model_weights (id, workspace_id, sha256, dimension, feature_schema, "
					+ "weights, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(id, workspaceId, hash, weights.length, toJson(schema), bytes, utc(Instant.now()))
			.update();
		return new StoredWeights(id, hash, weights, schema);
	}

	/** Loads weights and checks them against their recorded hash. */
	public StoredWeights weights(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT * FROM marketing_ai_model_weights WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query((rs, n) -> {
				byte[] bytes = rs.getBytes("weights");
				String hash = rs.getString("sha256");
				if (!WeightCodec.sha256(bytes).equals(hash)) {
					throw new IllegalStateException("stored weights " + id + " do not match their hash");
				}
				return new StoredWeights(id, hash, WeightCodec.fromBytes(bytes),
						this.json.readValue(rs.getString("feature_schema"), FeatureSchema.class));
			})
			.single();
	}

	// ---- merchant configuration

	@Transactional
	public MerchantConfig config(UUID workspaceId) {
		Optional<MerchantConfig> found = this.jdbc
			.sql("SELECT * FROM marketing_ai_merchant_configs WHERE workspace_id = ? AND merchant_id = ?")
			.params(workspaceId, workspaceId)
			.query(this::mapConfig)
			.optional();
		if (found.isPresent()) {
			return found.get();
		}
		this.jdbc
			.sql("INSERT INTO marketing_ai_merchant_configs (merchant_id, workspace_id, updated_at) VALUES (?, ?, ?)")
			.params(workspaceId, workspaceId, utc(Instant.now()))
			.update();
		return config(workspaceId);
	}

	public void saveConfig(UUID workspaceId, MerchantConfig config) {
		config(workspaceId);
		this.jdbc.sql("UPDATE marketing_ai_merchant_configs SET model_version = ?, personalization_level = ?, "
				+ "training_frequency = ?, auto_deploy = ?, min_confidence = ?, data_sources = ?, privacy_level = ?, "
				+ "last_trained_at = ?, updated_at = ? WHERE workspace_id = ? AND merchant_id = ?")
			.params(config.modelVersion(), config.personalizationLevel(), config.trainingFrequency(),
					config.autoDeploy(), config.minConfidence(), toJson(config.dataSources()), config.privacyLevel(),
					(config.lastTrainedAt() != null) ? utc(config.lastTrainedAt()) : null, utc(Instant.now()),
					workspaceId, workspaceId)
			.update();
	}

	/** Every merchant that has a configuration (platform jobs only). */
	public List<MerchantConfig> allConfigs() {
		return this.jdbc.sql("SELECT * FROM marketing_ai_merchant_configs ORDER BY merchant_id")
			.query(this::mapConfig)
			.list();
	}

	private MerchantConfig mapConfig(ResultSet rs, int n) throws SQLException {
		return new MerchantConfig(rs.getObject("merchant_id", UUID.class), rs.getString("model_version"),
				rs.getString("personalization_level"), rs.getString("training_frequency"), rs.getBoolean("auto_deploy"),
				rs.getDouble("min_confidence"), this.json.readValue(rs.getString("data_sources"), FLAGS),
				rs.getString("privacy_level"), instant(rs, "last_trained_at"));
	}

	// ---- datasets

	/** A merchant's imported rows (CSV bytes) with its label column. */
	public record StoredDataset(UUID id, String name, String labelColumn, int rowCount, byte[] content,
			Instant createdAt) {
	}

	public StoredDataset saveDataset(UUID workspaceId, String name, String labelColumn, int rowCount, byte[] content) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		this.jdbc
			.sql("INSERT INTO marketing_ai_datasets (id, workspace_id, name, label_column, row_count, content, "
					+ "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(id, workspaceId, name, labelColumn, rowCount, content, utc(now))
			.update();
		return new StoredDataset(id, name, labelColumn, rowCount, content, now);
	}

	public Optional<StoredDataset> latestDataset(UUID workspaceId) {
		return this.jdbc
			.sql("SELECT * FROM marketing_ai_datasets WHERE workspace_id = ? ORDER BY created_at DESC, id LIMIT 1")
			.param(workspaceId)
			.query((rs, n) -> new StoredDataset(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("label_column"), rs.getInt("row_count"), rs.getBytes("content"),
					instant(rs, "created_at")))
			.optional();
	}

	// ---- training runs

	public TrainingRun saveRun(UUID workspaceId, String modelVersion, String modelType, Map<String, Object> data,
			Map<String, Object> metrics, String sourceType, StoredWeights weights, long durationMs) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.jdbc
			.sql("INSERT INTO marketing_ai_training_runs (id, workspace_id, merchant_id, model_version, model_type, "
					+ "training_data, metrics, source_type, model_weights_hash, weights_id, deployed, aggregated, "
					+ "training_duration_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, ?, ?)")
			.params(id, workspaceId, workspaceId, modelVersion, modelType, toJson(data), toJson(metrics), sourceType,
					weights.sha256(), weights.id(), durationMs, utc(now))
			.update();
		return new TrainingRun(id, workspaceId, modelVersion, modelType, data, metrics, sourceType, weights.sha256(),
				false, durationMs, now);
	}

	public List<TrainingRun> runs(UUID workspaceId, int limit) {
		return this.jdbc
			.sql("SELECT * FROM marketing_ai_training_runs WHERE workspace_id = ? ORDER BY created_at DESC, id LIMIT ?")
			.params(workspaceId, limit)
			.query(this::mapRun)
			.list();
	}

	public Optional<TrainingRun> run(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT * FROM marketing_ai_training_runs WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(this::mapRun)
			.optional();
	}

	public UUID runWeightsId(UUID workspaceId, UUID runId) {
		return this.jdbc.sql("SELECT weights_id FROM marketing_ai_training_runs WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, runId)
			.query(UUID.class)
			.single();
	}

	public int countRuns(UUID workspaceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM marketing_ai_training_runs WHERE workspace_id = ?")
			.param(workspaceId)
			.query(Integer.class)
			.single();
	}

	@Transactional
	public void markDeployed(UUID workspaceId, UUID runId) {
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
	public int countUnaggregatedRuns() {
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
	public List<TrainingRun> latestRunPerMerchant() {
		return this.jdbc
			.sql("SELECT r.* FROM marketing_ai_training_runs r WHERE r.model_type IN ('local', 'personalized') "
					+ "AND r.created_at = (SELECT MAX(o.created_at) FROM marketing_ai_training_runs o "
					+ "WHERE o.workspace_id = r.workspace_id AND o.model_type IN ('local', 'personalized'))")
			.query(this::mapRun)
			.list();
	}

	private TrainingRun mapRun(ResultSet rs, int n) throws SQLException {
		return new TrainingRun(rs.getObject("id", UUID.class), rs.getObject("merchant_id", UUID.class),
				rs.getString("model_version"), rs.getString("model_type"), map(rs.getString("training_data")),
				map(rs.getString("metrics")), rs.getString("source_type"), rs.getString("model_weights_hash"),
				rs.getBoolean("deployed"), rs.getLong("training_duration_ms"), instant(rs, "created_at"));
	}

	// ---- global models (platform-wide)

	public GlobalModel saveGlobal(String method, Map<String, Object> metrics, List<String> contributingRuns,
			StoredWeights weights) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		int version = this.jdbc
			.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM marketing_ai_global_models WHERE workspace_id = ?")
			.param(PLATFORM)
			.query(Integer.class)
			.single();
		this.jdbc
			.sql("INSERT INTO marketing_ai_global_models (id, workspace_id, version, aggregation_method, metrics, "
					+ "contributing_runs, model_weights_hash, weights_id, deployed, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)")
			.params(id, PLATFORM, version, method, toJson(metrics), toJson(contributingRuns), weights.sha256(),
					weights.id(), utc(now))
			.update();
		this.jdbc.sql("UPDATE marketing_ai_global_models SET deployed = FALSE WHERE workspace_id = ? AND id <> ?")
			.params(PLATFORM, id)
			.update();
		return new GlobalModel(id, version, method, metrics, contributingRuns, weights.sha256(), true, now);
	}

	public Optional<GlobalModel> latestGlobal() {
		return this.jdbc
			.sql("SELECT * FROM marketing_ai_global_models WHERE workspace_id = ? ORDER BY version DESC LIMIT 1")
			.param(PLATFORM)
			.query(this::mapGlobal)
			.optional();
	}

	public List<GlobalModel> globals(int limit) {
		return this.jdbc
			.sql("SELECT * FROM marketing_ai_global_models WHERE workspace_id = ? ORDER BY version DESC LIMIT ?")
			.params(PLATFORM, limit)
			.query(this::mapGlobal)
			.list();
	}

	public UUID globalWeightsId(UUID globalId) {
		return this.jdbc.sql("SELECT weights_id FROM marketing_ai_global_models WHERE workspace_id = ? AND id = ?")
			.params(PLATFORM, globalId)
			.query(UUID.class)
			.single();
	}

	private GlobalModel mapGlobal(ResultSet rs, int n) throws SQLException {
		return new GlobalModel(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("aggregation_method"),
				map(rs.getString("metrics")), this.json.readValue(rs.getString("contributing_runs"), STRINGS),
				rs.getString("model_weights_hash"), rs.getBoolean("deployed"), instant(rs, "created_at"));
	}

	// ---- external data (platform-wide)

	public ExternalData saveExternal(String sourceType, String sourceName, String category, Map<String, Object> summary,
			double quality) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.jdbc
			.sql("INSERT INTO marketing_ai_external_data (id, workspace_id, source_type, source_name, data_category, "
					+ "data_summary, quality_score, used_in_training, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?)")
			.params(id, PLATFORM, sourceType, sourceName, category, toJson(summary), quality, utc(now))
			.update();
		return new ExternalData(id, sourceType, sourceName, category, summary, quality, false, now);
	}

	public List<ExternalData> externalData(int limit) {
		return this.jdbc
			.sql("SELECT * FROM marketing_ai_external_data WHERE workspace_id = ? ORDER BY created_at DESC, id LIMIT ?")
			.params(PLATFORM, limit)
			.query((rs, n) -> new ExternalData(rs.getObject("id", UUID.class), rs.getString("source_type"),
					rs.getString("source_name"), rs.getString("data_category"), map(rs.getString("data_summary")),
					rs.getDouble("quality_score"), rs.getBoolean("used_in_training"), instant(rs, "created_at")))
			.list();
	}

	public Optional<ExternalData> latestExternal(String category) {
		return externalData(200).stream().filter((data) -> data.dataCategory().equals(category)).findFirst();
	}

	public void markUsedInTraining(UUID externalId) {
		this.jdbc.sql("UPDATE marketing_ai_external_data SET used_in_training = TRUE WHERE workspace_id = ? AND id = ?")
			.params(PLATFORM, externalId)
			.update();
	}

	// ---- crawler jobs

	public CrawlerJob saveJob(UUID workspaceId, String type, List<String> urls, Map<String, Object> filters,
			int priority, String createdBy) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Map<String, Object> progress = new LinkedHashMap<>(Map.of("done", 0, "total", urls.size()));
		this.jdbc
			.sql("INSERT INTO marketing_ai_crawler_jobs (id, workspace_id, job_type, target_urls, filters, status, "
					+ "progress, priority, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)")
			.params(id, workspaceId, type, toJson(urls), toJson(filters), toJson(progress), priority, createdBy,
					utc(now))
			.update();
		return new CrawlerJob(id, type, urls, filters, "pending", progress, priority, now, null, null);
	}

	/** Pending jobs of every workspace, highest priority first (platform job). */
	public List<UUID> pendingJobIds() {
		return this.jdbc.sql(
				"SELECT id FROM marketing_ai_crawler_jobs WHERE status = 'pending' ORDER BY priority DESC, created_at, id")
			.query(UUID.class)
			.list();
	}

	public UUID jobWorkspace(UUID jobId) {
		return this.jdbc.sql("SELECT workspace_id FROM marketing_ai_crawler_jobs WHERE id = ?")
			.param(jobId)
			.query(UUID.class)
			.single();
	}

	public Optional<CrawlerJob> job(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT * FROM marketing_ai_crawler_jobs WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(this::mapJob)
			.optional();
	}

	public List<CrawlerJob> jobs(UUID workspaceId, int limit) {
		return this.jdbc
			.sql("SELECT * FROM marketing_ai_crawler_jobs WHERE workspace_id = ? ORDER BY created_at DESC, id LIMIT ?")
			.params(workspaceId, limit)
			.query(this::mapJob)
			.list();
	}

	/**
	 * Moves a job from one status to another; false when another worker got there first.
	 */
	public boolean transition(UUID workspaceId, UUID id, String from, String to, Map<String, Object> progress) {
		String stamp = to.equals("running") ? "started_at" : "finished_at";
		return this.jdbc
			.sql("UPDATE marketing_ai_crawler_jobs SET status = ?, progress = ?, " + stamp
					+ " = ? WHERE workspace_id = ? AND id = ? AND status = ?")
			.params(to, toJson(progress), utc(Instant.now()), workspaceId, id, from)
			.update() == 1;
	}

	private CrawlerJob mapJob(ResultSet rs, int n) throws SQLException {
		return new CrawlerJob(rs.getObject("id", UUID.class), rs.getString("job_type"),
				this.json.readValue(rs.getString("target_urls"), STRINGS), map(rs.getString("filters")),
				rs.getString("status"), map(rs.getString("progress")), rs.getInt("priority"), instant(rs, "created_at"),
				instant(rs, "started_at"), instant(rs, "finished_at"));
	}

	// ---- agents

	public void saveAgentToken(UUID workspaceId, String name, String tokenHash) {
		this.jdbc
			.sql("INSERT INTO marketing_ai_agent_tokens (id, workspace_id, name, token_hash, created_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), workspaceId, name, tokenHash, utc(Instant.now()))
			.update();
	}

	public Optional<UUID> agentWorkspace(String tokenHash) {
		return this.jdbc.sql("SELECT workspace_id FROM marketing_ai_agent_tokens WHERE token_hash = ?")
			.param(tokenHash)
			.query(UUID.class)
			.optional();
	}

	/** A weight update an agent sent for a global version. */
	public record AgentUpdate(UUID id, UUID workspaceId, int baseVersion, long examples, UUID weightsId) {
	}

	public void saveAgentUpdate(UUID workspaceId, int baseVersion, long examples, UUID weightsId) {
		this.jdbc.sql(
				"DELETE FROM marketing_ai_agent_updates WHERE workspace_id = ? AND base_version = ? AND consumed = FALSE")
			.params(workspaceId, baseVersion)
			.update();
		this.jdbc
			.sql("INSERT INTO marketing_ai_agent_updates (id, workspace_id, base_version, examples, weights_id, "
					+ "consumed, created_at) VALUES (?, ?, ?, ?, ?, FALSE, ?)")
			.params(UUID.randomUUID(), workspaceId, baseVersion, examples, weightsId, utc(Instant.now()))
			.update();
	}

	/** Unconsumed updates for a version, across merchants (platform job). */
	public List<AgentUpdate> pendingAgentUpdates(int baseVersion) {
		return this.jdbc.sql(
				"SELECT * FROM marketing_ai_agent_updates WHERE base_version = ? AND consumed = FALSE ORDER BY created_at, id")
			.param(baseVersion)
			.query((rs, n) -> new AgentUpdate(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
					rs.getInt("base_version"), rs.getLong("examples"), rs.getObject("weights_id", UUID.class)))
			.list();
	}

	public void consumeAgentUpdates(List<UUID> ids) {
		for (UUID id : ids) {
			this.jdbc.sql("UPDATE marketing_ai_agent_updates SET consumed = TRUE WHERE id = ?").param(id).update();
		}
	}

}
