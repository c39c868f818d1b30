package crmcopilot.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Drift alerts of merchants' deployed models ({@code marketing_ai_drift_alerts}). */
@Repository
public class DriftAlertStore {

	private final JdbcClient jdbc;

	DriftAlertStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(UUID workspaceId, DriftAlert alert) {
		this.jdbc
			.sql("INSERT INTO marketing_ai_drift_alerts (id, workspace_id, run_id, model_version, iso_week, week_rows, "
					+ "predicted, observed, recent_auc, baseline_auc, gap_exceeded, auc_dropped, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(alert.id(), workspaceId, alert.runId(), alert.modelVersion(), alert.isoWeek(), alert.weekRows(),
					alert.predicted(), alert.observed(), alert.recentAuc(), alert.baselineAuc(), alert.gapExceeded(),
					alert.aucDropped(), Columns.utc(alert.createdAt()))
			.update();
	}

	public void saveRetrain(UUID workspaceId, DriftAlert alert) {
		this.jdbc
			.sql("UPDATE marketing_ai_drift_alerts SET retrain_run_id = ?, retrain_version = ?, retrain_deployed = ? "
					+ "WHERE workspace_id = ? AND id = ?")
			.params(alert.retrainRunId(), alert.retrainVersion(), alert.retrainDeployed(), workspaceId, alert.id())
			.update();
	}

	/**
	 * The alert raised for the run, or else the one whose retraining gave the run, if
	 * any.
	 */
	public Optional<DriftAlert> forRun(UUID workspaceId, UUID runId) {
		return this.jdbc.sql(
				"SELECT * FROM marketing_ai_drift_alerts WHERE workspace_id = ? AND (run_id = ? OR retrain_run_id = ?) "
						+ "ORDER BY CASE WHEN run_id = ? THEN 0 ELSE 1 END, created_at DESC, id LIMIT 1")
			.params(workspaceId, runId, runId, runId)
			.query(this::map)
			.optional();
	}

	private DriftAlert map(ResultSet rs, int n) throws SQLException {
		return new DriftAlert(rs.getObject("id", UUID.class), rs.getObject("run_id", UUID.class),
				rs.getString("model_version"), rs.getString("iso_week"), rs.getInt("week_rows"),
				rs.getDouble("predicted"), rs.getDouble("observed"), rs.getObject("recent_auc", Double.class),
				rs.getObject("baseline_auc", Double.class), rs.getBoolean("gap_exceeded"), rs.getBoolean("auc_dropped"),
				rs.getObject("retrain_run_id", UUID.class), rs.getString("retrain_version"),
				rs.getObject("retrain_deployed", Boolean.class), Columns.instant(rs, "created_at"));
	}

}
