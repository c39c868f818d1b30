package crmcopilot.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.SecureTokens;
import crmcopilot.workspace.Role;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import static crmcopilot.workspace.internal.JdbcWorkspaces.utc;

/**
 * API tokens: random values shown once, stored as SHA-256 hashes (a fast hash is right
 * here: the value has 256 bits of entropy, unlike a password).
 */
@Service
class ApiTokens {

	private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new token and its value, which is never stored. */
	record Issued(ApiToken token, String value) {
	}

	Issued issue(UUID workspaceId, String name, Role role, String createdBy, @Nullable Instant expiresAt) {
		String value = SecureTokens.generate("cc_");
		return new Issued(store(workspaceId, name, role, createdBy, expiresAt, value), value);
	}

	ApiToken store(UUID workspaceId, String name, Role role, String createdBy, @Nullable Instant expiresAt,
			String value) {
		if (name.isBlank() || name.length() > 120) {
			throw new InvalidInputException("name", "workspace.error.token-name", new Object[0],
					"a token needs a name of 1 to 120 characters");
		}
		UUID id = UUID.randomUUID();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String hint = value.substring(0, Math.min(6, value.length())) + "…";
		this.jdbc.sql(
				"INSERT INTO api_tokens (id, workspace_id, name, token_hash, token_hint, role, created_by, created_at, "
						+ "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, workspaceId, name, SecureTokens.hash(value), hint, role.name(), createdBy, utc(now),
					(expiresAt != null) ? utc(expiresAt) : null)
			.update();
		return new ApiToken(id, workspaceId, name, hint, role, createdBy, now, null, expiresAt, null);
	}

	Optional<ApiToken> findByValue(String value) {
		return this.jdbc.sql("SELECT * FROM api_tokens WHERE token_hash = ?")
			.param(SecureTokens.hash(value))
			.query(ApiTokens::map)
			.optional();
	}

	List<ApiToken> list(UUID workspaceId) {
		return this.jdbc.sql("SELECT * FROM api_tokens WHERE workspace_id = ? ORDER BY created_at DESC")
			.param(workspaceId)
			.query(ApiTokens::map)
			.list();
	}

	boolean revoke(UUID workspaceId, UUID tokenId) {
		return this.jdbc
			.sql("UPDATE api_tokens SET revoked_at = ? WHERE workspace_id = ? AND id = ? AND revoked_at IS NULL")
			.params(utc(Instant.now()), workspaceId, tokenId)
			.update() == 1;
	}

	void touch(ApiToken token, Instant now) {
		if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USE_RESOLUTION).isBefore(now)) {
			this.jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE id = ?").params(utc(now), token.id()).update();
		}
	}

	static ApiToken map(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("name"), rs.getString("token_hint"), Role.valueOf(rs.getString("role")),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				instant(rs, "last_used_at"), instant(rs, "expires_at"), instant(rs, "revoked_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
