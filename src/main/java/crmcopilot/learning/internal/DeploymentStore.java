package crmcopilot.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Merchants' version history ({@code marketing_ai_deployments}), scoped by workspace. */
@Repository
public class DeploymentStore {

	private final JdbcClient jdbc;

	DeploymentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Deployment save(UUID workspaceId, TrainingRun run, @Nullable UUID previousRunId, DeployAction action,
			@Nullable Double candidateAuc, @Nullable Double deployedAuc, boolean forced, @Nullable String reason,
			String actor) {
		Deployment deployment = new Deployment(UUID.randomUUID(), run.id(), run.modelVersion(), previousRunId, action,
				candidateAuc, deployedAuc, forced, reason, actor, Columns.now());
		this.jdbc
			.sql("INSERT INTO marketing_ai_deployments (id, workspace_id, run_id, model_version, previous_run_id, "
					+ "action, candidate_auc, deployed_auc, forced, reason, actor, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(deployment.id(), workspaceId, run.id(), run.modelVersion(), previousRunId, action.value(),
					candidateAuc, deployedAuc, forced, reason, actor, Columns.utc(deployment.createdAt()))
			.update();
		return deployment;
	}

	/** The merchant's history, newest first. */
	public List<Deployment> history(UUID workspaceId, int limit) {
		return this.jdbc
			.sql("SELECT * FROM marketing_ai_deployments WHERE workspace_id = ? ORDER BY created_at DESC, id LIMIT ?")
			.params(workspaceId, limit)
			.query(this::map)
			.list();
	}

	private Deployment map(ResultSet rs, int n) throws SQLException {
		return new Deployment(rs.getObject("id", UUID.class), rs.getObject("run_id", UUID.class),
				rs.getString("model_version"), rs.getObject("previous_run_id", UUID.class),
				DeployAction.of(rs.getString("action")), rs.getObject("candidate_auc", Double.class),
				rs.getObject("deployed_auc", Double.class), rs.getBoolean("forced"), rs.getString("reason"),
				rs.getString("actor"), Columns.instant(rs, "created_at"));
	}

}
