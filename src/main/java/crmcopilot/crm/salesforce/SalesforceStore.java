package crmcopilot.crm.salesforce;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.Texts;
import crmcopilot.workspace.SecretCipher;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of the connector: pending authorisations ({@code sf_authorizations}, verifier
 * encrypted), the workspace's connection ({@code sf_connections}, tokens encrypted) and
 * the Salesforce ids written back on the local accounts, contacts and opportunities.
 */
class SalesforceStore {

	private final JdbcClient jdbc;

	private final SecretCipher cipher;

	private final JsonMapper json;

	SalesforceStore(JdbcClient jdbc, SecretCipher cipher, JsonMapper json) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.json = json;
	}

	/** A pending authorisation, its verifier decrypted. */
	record Authorization(String loginUrl, String redirectUri, String codeVerifier, Instant createdAt) {
	}

	/** The stored connection, its tokens decrypted. */
	record Connection(String loginUrl, String instanceUrl, String refreshToken, @Nullable String accessToken) {
	}

	/** The connection row as the status page shows it. */
	record ConnectionRow(String instanceUrl, String loginUrl, String connectedBy, Instant connectedAt,
			@Nullable String problem, @Nullable Long limitUsed, @Nullable Long limitMax, @Nullable Instant limitSeenAt,
			Map<String, List<String>> picklists) {
	}

	/** What Salesforce answered to a delivered push, with its caveat. */
	record PushResult(@Nullable String accountId, @Nullable String contactId, @Nullable String opportunityId,
			@Nullable String warning) {
	}

	void saveResult(UUID outboxId, UUID workspaceId, PushResult result) {
		this.jdbc.sql("DELETE FROM sf_push_results WHERE outbox_id = ?").param(outboxId).update();
		this.jdbc.sql("""
				INSERT INTO sf_push_results (outbox_id, workspace_id, account_sf_id, contact_sf_id, opportunity_sf_id,
				  warning) VALUES (?, ?, ?, ?, ?, ?)""")
			.params(outboxId, workspaceId, result.accountId(), result.contactId(), result.opportunityId(),
					Texts.truncate(result.warning(), 1000))
			.update();
	}

	Optional<PushResult> result(UUID workspaceId, UUID outboxId) {
		return this.jdbc.sql("""
				SELECT account_sf_id, contact_sf_id, opportunity_sf_id, warning FROM sf_push_results
				WHERE workspace_id = ? AND outbox_id = ?""")
			.params(workspaceId, outboxId)
			.query((rs, n) -> new PushResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	void saveAuthorization(UUID workspaceId, String state, String loginUrl, String redirectUri, String verifier,
			Instant now, Instant expiredBefore) {
		this.jdbc.sql("DELETE FROM sf_authorizations WHERE workspace_id = ? AND created_at < ?")
			.params(workspaceId, at(expiredBefore))
			.update();
		this.jdbc.sql("""
				INSERT INTO sf_authorizations (state, workspace_id, login_url, redirect_uri, code_verifier, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(state, workspaceId, loginUrl, redirectUri, this.cipher.encrypt(verifier), at(now))
			.update();
	}

	/** The pending authorisation of that state, removed so that it is used once. */
	Optional<Authorization> takeAuthorization(UUID workspaceId, String state) {
		Optional<Authorization> pending = this.jdbc.sql(
				"SELECT login_url, redirect_uri, code_verifier, created_at FROM sf_authorizations WHERE workspace_id = ? AND state = ?")
			.params(workspaceId, state)
			.query((rs, n) -> new Authorization(rs.getString(1), rs.getString(2), this.cipher.decrypt(rs.getString(3)),
					rs.getObject(4, OffsetDateTime.class).toInstant()))
			.optional();
		this.jdbc.sql("DELETE FROM sf_authorizations WHERE workspace_id = ? AND state = ?")
			.params(workspaceId, state)
			.update();
		return pending;
	}

	void replaceConnection(UUID workspaceId, String loginUrl, String instanceUrl, String refreshToken,
			String accessToken, String actor, Instant now) {
		deleteConnection(workspaceId);
		this.jdbc.sql("""
				INSERT INTO sf_connections (workspace_id, login_url, instance_url, refresh_token, access_token,
				  connected_by, connected_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(workspaceId, loginUrl, instanceUrl, this.cipher.encrypt(refreshToken),
					this.cipher.encrypt(accessToken), actor, at(now))
			.update();
	}

	void deleteConnection(UUID workspaceId) {
		this.jdbc.sql("DELETE FROM sf_connections WHERE workspace_id = ?").param(workspaceId).update();
	}

	Optional<Connection> connection(UUID workspaceId) {
		return this.jdbc.sql(
				"SELECT login_url, instance_url, refresh_token, access_token FROM sf_connections WHERE workspace_id = ?")
			.param(workspaceId)
			.query((rs, n) -> new Connection(rs.getString(1), rs.getString(2), this.cipher.decrypt(rs.getString(3)),
					(rs.getString(4) != null) ? this.cipher.decrypt(rs.getString(4)) : null))
			.optional();
	}

	Optional<ConnectionRow> connectionRow(UUID workspaceId) {
		return this.jdbc.sql("SELECT * FROM sf_connections WHERE workspace_id = ?")
			.param(workspaceId)
			.query((rs, n) -> {
				String picklists = rs.getString("picklists");
				Map<String, List<String>> values = (picklists != null)
						? this.json.readValue(picklists, new TypeReference<>() {
						}) : Map.of();
				OffsetDateTime seen = rs.getObject("limit_seen_at", OffsetDateTime.class);
				return new ConnectionRow(rs.getString("instance_url"), rs.getString("login_url"),
						rs.getString("connected_by"), rs.getObject("connected_at", OffsetDateTime.class).toInstant(),
						rs.getString("problem"), nullableLong(rs.getObject("limit_used")),
						nullableLong(rs.getObject("limit_max")), (seen != null) ? seen.toInstant() : null, values);
			})
			.optional();
	}

	private static @Nullable Long nullableLong(@Nullable Object value) {
		return (value != null) ? ((Number) value).longValue() : null;
	}

	/** Keeps the refreshed tokens (the refresh token only when Salesforce rotated it). */
	void updateTokens(UUID workspaceId, String accessToken, String refreshToken) {
		this.jdbc.sql("""
				UPDATE sf_connections SET access_token = ?, refresh_token = ?, problem = NULL
				WHERE workspace_id = ?""")
			.params(this.cipher.encrypt(accessToken), this.cipher.encrypt(refreshToken), workspaceId)
			.update();
	}

	void limits(UUID workspaceId, long used, long max) {
		if (used >= 0) {
			this.jdbc.sql(
					"UPDATE sf_connections SET limit_used = ?, limit_max = ?, limit_seen_at = ? WHERE workspace_id = ?")
				.params(used, max, at(Instant.now()), workspaceId)
				.update();
		}
	}

	void problem(UUID workspaceId, @Nullable String problem) {
		this.jdbc.sql("UPDATE sf_connections SET problem = ? WHERE workspace_id = ?")
			.params(Texts.truncate(problem, 1000), workspaceId)
			.update();
	}

	void picklists(UUID workspaceId, Map<String, List<String>> picklists) {
		this.jdbc.sql("UPDATE sf_connections SET picklists = ? WHERE workspace_id = ?")
			.params(this.json.writeValueAsString(picklists), workspaceId)
			.update();
	}

	void linkAccount(UUID workspaceId, UUID accountId, String salesforceId) {
		this.jdbc.sql("UPDATE crm_accounts SET salesforce_id = ? WHERE workspace_id = ? AND id = ?")
			.params(salesforceId, workspaceId, accountId)
			.update();
	}

	void linkContact(UUID workspaceId, UUID contactId, String salesforceId) {
		this.jdbc.sql("UPDATE crm_contacts SET salesforce_id = ? WHERE workspace_id = ? AND id = ?")
			.params(salesforceId, workspaceId, contactId)
			.update();
	}

	void linkOpportunity(UUID workspaceId, UUID opportunityId, @Nullable String salesforceId) {
		this.jdbc.sql("UPDATE crm_opportunities SET salesforce_id = ? WHERE workspace_id = ? AND id = ?")
			.params(salesforceId, workspaceId, opportunityId)
			.update();
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
