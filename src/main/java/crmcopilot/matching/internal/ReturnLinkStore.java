package crmcopilot.matching.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the clients' return links; only hashes of the tokens are stored. */
@Repository
class ReturnLinkStore {

	private final JdbcClient jdbc;

	ReturnLinkStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID workspaceId, UUID clientId, String tokenHash, OffsetDateTime now, OffsetDateTime expiresAt) {
		this.jdbc.sql("""
				INSERT INTO matching_return_link (id, workspace_id, client_id, token_hash, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), workspaceId, clientId, tokenHash, now, expiresAt)
			.update();
	}

	/** The client of a live link of this workspace (not revoked, not expired). */
	Optional<UUID> clientOf(UUID workspaceId, String tokenHash, OffsetDateTime now) {
		return this.jdbc.sql("""
				SELECT client_id FROM matching_return_link
				WHERE workspace_id = ? AND token_hash = ? AND revoked_at IS NULL AND expires_at > ?""")
			.params(workspaceId, tokenHash, now)
			.query(UUID.class)
			.optional();
	}

	int revokeAll(UUID workspaceId, UUID clientId, OffsetDateTime now) {
		return this.jdbc.sql("""
				UPDATE matching_return_link SET revoked_at = ?
				WHERE workspace_id = ? AND client_id = ? AND revoked_at IS NULL""")
			.params(now, workspaceId, clientId)
			.update();
	}

	int deleteAll(UUID workspaceId, UUID clientId) {
		return this.jdbc.sql("DELETE FROM matching_return_link WHERE workspace_id = ? AND client_id = ?")
			.params(workspaceId, clientId)
			.update();
	}

}
