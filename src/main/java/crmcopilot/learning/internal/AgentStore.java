package crmcopilot.learning.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Merchant-side agents: their tokens (hashed, {@code marketing_ai_agent_tokens}) and the
 * updates they send ({@code marketing_ai_agent_updates}).
 */
@Repository
public class AgentStore {

	/** A weight update an agent sent for a global version. */
	public record AgentUpdate(UUID id, UUID workspaceId, int baseVersion, long examples, UUID weightsId) {
	}

	private final JdbcClient jdbc;

	AgentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void saveToken(UUID workspaceId, String name, String tokenHash) {
		this.jdbc
			.sql("INSERT INTO marketing_ai_agent_tokens (id, workspace_id, name, token_hash, created_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), workspaceId, name, tokenHash, Columns.utc(Instant.now()))
			.update();
	}

	public Optional<UUID> workspaceOfToken(String tokenHash) {
		return this.jdbc.sql("SELECT workspace_id FROM marketing_ai_agent_tokens WHERE token_hash = ?")
			.param(tokenHash)
			.query(UUID.class)
			.optional();
	}

	/** Keeps one unconsumed update per merchant and version: the latest. */
	public void saveUpdate(UUID workspaceId, int baseVersion, long examples, UUID weightsId) {
		this.jdbc.sql(
				"DELETE FROM marketing_ai_agent_updates WHERE workspace_id = ? AND base_version = ? AND consumed = FALSE")
			.params(workspaceId, baseVersion)
			.update();
		this.jdbc
			.sql("INSERT INTO marketing_ai_agent_updates (id, workspace_id, base_version, examples, weights_id, "
					+ "consumed, created_at) VALUES (?, ?, ?, ?, ?, FALSE, ?)")
			.params(UUID.randomUUID(), workspaceId, baseVersion, examples, weightsId, Columns.utc(Instant.now()))
			.update();
	}

	/** Unconsumed updates for a version, across merchants (platform job). */
	public List<AgentUpdate> pendingUpdates(int baseVersion) {
		return this.jdbc.sql(
				"SELECT * FROM marketing_ai_agent_updates WHERE base_version = ? AND consumed = FALSE ORDER BY created_at, id")
			.param(baseVersion)
			.query((rs, n) -> new AgentUpdate(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
					rs.getInt("base_version"), rs.getLong("examples"), rs.getObject("weights_id", UUID.class)))
			.list();
	}

	public void consumeUpdates(List<UUID> ids) {
		for (UUID id : ids) {
			this.jdbc.sql("UPDATE marketing_ai_agent_updates SET consumed = TRUE WHERE id = ?").param(id).update();
		}
	}

}
