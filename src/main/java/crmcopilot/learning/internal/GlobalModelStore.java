package crmcopilot.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.learning.internal.WeightStore.StoredWeights;
import crmcopilot.learning.model.FederatedAveraging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Global models ({@code marketing_ai_global_models}, platform-wide): each aggregation
 * adds the next version, which becomes the deployed one.
 */
@Repository
public class GlobalModelStore {

	/** How many versions back {@link #latest()} looks for a finite model. */
	private static final int LATEST_SCAN = 20;

	private final JdbcClient jdbc;

	private final Columns columns;

	private final WeightStore weights;

	GlobalModelStore(JdbcClient jdbc, Columns columns, WeightStore weights) {
		this.jdbc = jdbc;
		this.columns = columns;
		this.weights = weights;
	}

	public GlobalModel save(FederatedAveraging.Method method, Map<String, Object> metrics,
			List<String> contributingRuns, StoredWeights weights) {
		NonFiniteModelException.requireFinite(metrics);
		NonFiniteModelException.requireFinite(weights.weights());
		UUID id = UUID.randomUUID();
		Instant now = Columns.now();
		int version = this.jdbc
			.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM marketing_ai_global_models WHERE workspace_id = ?")
			.param(Platform.WORKSPACE)
			.query(Integer.class)
			.single();
		this.jdbc
			.sql("INSERT INTO marketing_ai_global_models (id, workspace_id, version, aggregation_method, metrics, "
					+ "contributing_runs, model_weights_hash, weights_id, deployed, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)")
			.params(id, Platform.WORKSPACE, version, method.key(), this.columns.json(metrics),
					this.columns.json(contributingRuns), weights.sha256(), weights.id(), Columns.utc(now))
			.update();
		this.jdbc.sql("UPDATE marketing_ai_global_models SET deployed = FALSE WHERE workspace_id = ? AND id <> ?")
			.params(Platform.WORKSPACE, id)
			.update();
		return new GlobalModel(id, version, method, metrics, contributingRuns, weights.sha256(), true, now);
	}

	/**
	 * The newest global model with finite weights and metrics: one stored before they
	 * were checked is passed over rather than served.
	 */
	public Optional<GlobalModel> latest() {
		return list(LATEST_SCAN).stream().filter(this::finite).findFirst();
	}

	public List<GlobalModel> list(int limit) {
		return this.jdbc
			.sql("SELECT * FROM marketing_ai_global_models WHERE workspace_id = ? ORDER BY version DESC LIMIT ?")
			.params(Platform.WORKSPACE, limit)
			.query(this::map)
			.list();
	}

	private boolean finite(GlobalModel model) {
		try {
			NonFiniteModelException.requireFinite(model.metrics());
			NonFiniteModelException.requireFinite(weights(model).weights());
			return true;
		}
		catch (NonFiniteModelException ex) {
			return false;
		}
	}

	/** The parameters of a global model, checked against their hash. */
	public StoredWeights weights(GlobalModel model) {
		UUID weightsId = this.jdbc
			.sql("SELECT weights_id FROM marketing_ai_global_models WHERE workspace_id = ? AND id = ?")
			.params(Platform.WORKSPACE, model.id())
			.query(UUID.class)
			.single();
		return this.weights.find(Platform.WORKSPACE, weightsId);
	}

	private GlobalModel map(ResultSet rs, int n) throws SQLException {
		return new GlobalModel(rs.getObject("id", UUID.class), rs.getInt("version"),
				FederatedAveraging.Method.of(rs.getString("aggregation_method")),
				this.columns.map(rs.getString("metrics")), this.columns.strings(rs.getString("contributing_runs")),
				rs.getString("model_weights_hash"), rs.getBoolean("deployed"), Columns.instant(rs, "created_at"));
	}

}
