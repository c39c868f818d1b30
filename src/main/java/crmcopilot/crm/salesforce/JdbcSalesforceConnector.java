package crmcopilot.crm.salesforce;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.crm.Account;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.Contact;
import crmcopilot.crm.Opportunity;
import crmcopilot.crm.SalesforceConnector;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.SecretCipher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The connector: authorisations (state + PKCE verifier, encrypted), the connection
 * (refresh token encrypted and replaced when Salesforce rotates it), and the push outbox.
 */
class JdbcSalesforceConnector implements SalesforceConnector {

	private static final Logger log = LoggerFactory.getLogger(JdbcSalesforceConnector.class);

	static final String PENDING = "PENDING";

	static final String RUNNING = "RUNNING";

	static final String DONE = "DONE";

	static final String FAILED = "FAILED";

	private static final Pattern MY_DOMAIN = Pattern
		.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)?(\\.sandbox)?\\.my\\.salesforce\\.com");

	private static final Duration AUTHORIZATION_TTL = Duration.ofMinutes(15);

	private static final Duration MAX_BACKOFF = Duration.ofHours(6);

	static final String CURRENCY_FIELD = "CurrencyIsoCode";

	/**
	 * Picklists read from the Opportunity describe; {@code CurrencyIsoCode} exists only
	 * in multi-currency orgs.
	 */
	private static final List<String> PICKLISTS = List.of("StageName", "LeadSource", "Type", CURRENCY_FIELD);

	/** Kept with the picklists: the org's default (corporate) currency. */
	static final String DEFAULT_CURRENCY = "DefaultCurrencyIsoCode";

	static final String DEFAULT_CONTACT_ROLE = "Decision Maker";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SalesforceSettings settings;

	private final JdbcClient jdbc;

	private final SecretCipher cipher;

	private final JsonMapper json;

	private final AccountDirectory directory;

	private final AuditJournal journal;

	private final SalesforceClient client;

	JdbcSalesforceConnector(SalesforceSettings settings, JdbcClient jdbc, SecretCipher cipher, JsonMapper json,
			AccountDirectory directory, AuditJournal journal) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.json = json;
		this.directory = directory;
		this.journal = journal;
		this.client = new SalesforceClient(json, settings.timeout());
	}

	// ---- OAuth 2.0 web-server flow with PKCE

	@Override
	public String authorizationUrl(UUID workspaceId, String actor, String host, String redirectUri) {
		if (!this.settings.configured()) {
			throw new InvalidInputException("host",
					"Salesforce is not configured: set COPILOT_SALESFORCE_CLIENT_ID (consumer key of the connected app)");
		}
		String loginUrl = loginUrl(host);
		String verifier = randomToken(48);
		String state = randomToken(24);
		Instant now = Instant.now();
		this.jdbc.sql("DELETE FROM sf_authorizations WHERE workspace_id = ? AND created_at < ?")
			.params(workspaceId, at(now.minus(AUTHORIZATION_TTL)))
			.update();
		this.jdbc.sql("""
				INSERT INTO sf_authorizations (state, workspace_id, login_url, redirect_uri, code_verifier, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(state, workspaceId, loginUrl, redirectUri, this.cipher.encrypt(verifier), at(now))
			.update();
		return loginUrl + "/services/oauth2/authorize?response_type=code&client_id=" + enc(this.settings.clientId())
				+ "&redirect_uri=" + enc(redirectUri) + "&state=" + enc(state) + "&code_challenge="
				+ challenge(verifier) + "&code_challenge_method=S256&scope=" + enc("api refresh_token");
	}

	String loginUrl(String host) {
		String value = host.trim().toLowerCase(Locale.ROOT);
		if (value.isEmpty() || value.equals("login") || value.equals("production")) {
			return "https://login.salesforce.com";
		}
		if (value.equals("test") || value.equals("sandbox")) {
			return "https://test.salesforce.com";
		}
		URI uri;
		try {
			uri = URI.create(value.contains("://") ? value : "https://" + value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("host", "not a host name: " + host);
		}
		String name = uri.getHost();
		if (name == null || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))) {
			throw new InvalidInputException("host", "not a host name: " + host);
		}
		String withPort = (uri.getPort() > 0) ? name + ":" + uri.getPort() : name;
		if (this.settings.allowedHosts().contains(name) || this.settings.allowedHosts().contains(withPort)) {
			return uri.getScheme() + "://" + withPort;
		}
		if ("https".equals(uri.getScheme()) && uri.getPort() < 0 && MY_DOMAIN.matcher(name).matches()) {
			return "https://" + name;
		}
		throw new InvalidInputException("host",
				"use login, test (sandbox) or your My Domain host (<name>.my.salesforce.com): " + host);
	}

	@Override
	public Status completeAuthorization(UUID workspaceId, String actor, String state, String code) {
		Optional<Map<String, Object>> pending = this.jdbc.sql(
				"SELECT login_url, redirect_uri, code_verifier, created_at FROM sf_authorizations WHERE workspace_id = ? AND state = ?")
			.params(workspaceId, state)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		this.jdbc.sql("DELETE FROM sf_authorizations WHERE workspace_id = ? AND state = ?")
			.params(workspaceId, state)
			.update();
		if (pending.isEmpty()) {
			throw new InvalidInputException("state", "unknown or already used authorisation; connect again");
		}
		Map<String, Object> row = pending.get();
		if (instant(row.get("created_at")).isBefore(Instant.now().minus(AUTHORIZATION_TTL))) {
			throw new InvalidInputException("state", "authorisation expired; connect again");
		}
		String loginUrl = (String) row.get("login_url");
		SalesforceClient.Tokens tokens;
		try {
			tokens = this.client.exchangeCode(loginUrl, this.settings.clientId(), this.settings.clientSecret(), code,
					this.cipher.decrypt((String) row.get("code_verifier")), (String) row.get("redirect_uri"));
		}
		catch (SalesforceError ex) {
			throw new InvalidInputException("code", "Salesforce refused the authorisation: " + ex.getMessage());
		}
		if (tokens.refreshToken() == null) {
			throw new InvalidInputException("code",
					"Salesforce returned no refresh token: add the refresh_token scope to the connected app");
		}
		this.jdbc.sql("DELETE FROM sf_connections WHERE workspace_id = ?").param(workspaceId).update();
		this.jdbc.sql("""
				INSERT INTO sf_connections (workspace_id, login_url, instance_url, refresh_token, access_token,
				  connected_by, connected_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(workspaceId, loginUrl, tokens.instanceUrl(), this.cipher.encrypt(tokens.refreshToken()),
					this.cipher.encrypt(tokens.accessToken()), actor, at(Instant.now()))
			.update();
		this.journal.record(AuditEvent.of(workspaceId, "crm.salesforce.connected", "salesforce-connection",
				tokens.instanceUrl(), null, Map.of("loginUrl", loginUrl)));
		try {
			refreshPicklists(workspaceId);
		}
		catch (SalesforceError ex) {
			problem(workspaceId, "describe failed: " + ex.getMessage());
		}
		return status(workspaceId);
	}

	@Override
	public Status status(UUID workspaceId) {
		List<Map<String, Object>> rows = this.jdbc.sql("SELECT * FROM sf_connections WHERE workspace_id = ?")
			.param(workspaceId)
			.query()
			.listOfRows();
		if (rows.isEmpty()) {
			return Status.notConnected();
		}
		Map<String, Object> row = rows.get(0);
		int pending = this.jdbc
			.sql("SELECT COUNT(*) FROM sf_outbox WHERE workspace_id = ? AND status IN ('PENDING', 'RUNNING')")
			.param(workspaceId)
			.query(Integer.class)
			.single();
		Map<String, List<String>> picklists = Map.of();
		if (row.get("picklists") != null) {
			picklists = this.json.readValue((String) row.get("picklists"), new TypeReference<>() {
			});
		}
		return new Status(true, (String) row.get("instance_url"), (String) row.get("login_url"),
				(String) row.get("connected_by"), instant(row.get("connected_at")), (String) row.get("problem"),
				(row.get("limit_used") != null) ? ((Number) row.get("limit_used")).longValue() : null,
				(row.get("limit_max") != null) ? ((Number) row.get("limit_max")).longValue() : null,
				(row.get("limit_seen_at") != null) ? instant(row.get("limit_seen_at")) : null, picklists, pending);
	}

	@Override
	public void disconnect(UUID workspaceId, String actor) {
		connection(workspaceId).ifPresent(
				(connection) -> this.client.revoke(connection.loginUrl, this.cipher.decrypt(connection.refreshToken)));
		this.jdbc.sql("DELETE FROM sf_connections WHERE workspace_id = ?").param(workspaceId).update();
		this.journal.record(AuditEvent.of(workspaceId, "crm.salesforce.disconnected", "salesforce-connection", null,
				null, Map.of()));
	}

	// ---- the connection and its tokens

	private record Connection(String loginUrl, String instanceUrl, String refreshToken, @Nullable String accessToken) {
	}

	private Optional<Connection> connection(UUID workspaceId) {
		return this.jdbc.sql(
				"SELECT login_url, instance_url, refresh_token, access_token FROM sf_connections WHERE workspace_id = ?")
			.param(workspaceId)
			.query((rs, n) -> new Connection(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	/**
	 * Calls Salesforce with the stored access token; on INVALID_SESSION_ID refreshes once
	 * and retries.
	 */
	private <T> T withSession(UUID workspaceId, Function<Session, T> call) {
		Connection connection = connection(workspaceId)
			.orElseThrow(() -> new SalesforceError("NOT_CONNECTED", 0, "the workspace is not connected to Salesforce"));
		String access = (connection.accessToken != null) ? this.cipher.decrypt(connection.accessToken) : null;
		if (access == null) {
			access = refresh(workspaceId, connection);
		}
		try {
			return call.apply(new Session(workspaceId, connection.instanceUrl, access));
		}
		catch (SalesforceError ex) {
			if (!"INVALID_SESSION_ID".equals(ex.errorCode())) {
				throw ex;
			}
			String renewed = refresh(workspaceId, connection);
			return call.apply(new Session(workspaceId, connection.instanceUrl, renewed));
		}
	}

	private String refresh(UUID workspaceId, Connection connection) {
		SalesforceClient.Tokens tokens;
		try {
			tokens = this.client.refresh(connection.loginUrl, this.settings.clientId(), this.settings.clientSecret(),
					this.cipher.decrypt(connection.refreshToken));
		}
		catch (SalesforceError ex) {
			if (!ex.transientFailure()) {
				problem(workspaceId, "refresh token refused (" + ex.getMessage() + "): reconnect the workspace");
				throw new SalesforceError("RECONNECT_NEEDED", ex.status(),
						"Salesforce refused the refresh token; reconnect the workspace");
			}
			throw ex;
		}
		String refreshToken = (tokens.refreshToken() != null) ? this.cipher.encrypt(tokens.refreshToken())
				: connection.refreshToken;
		this.jdbc.sql("""
				UPDATE sf_connections SET access_token = ?, refresh_token = ?, problem = NULL
				WHERE workspace_id = ?""")
			.params(this.cipher.encrypt(tokens.accessToken()), refreshToken, workspaceId)
			.update();
		return tokens.accessToken();
	}

	private final class Session {

		final UUID workspaceId;

		final String instanceUrl;

		final String accessToken;

		Session(UUID workspaceId, String instanceUrl, String accessToken) {
			this.workspaceId = workspaceId;
			this.instanceUrl = instanceUrl;
			this.accessToken = accessToken;
		}

		SalesforceClient.Reply call(String method, String path, @Nullable Object body) {
			try {
				SalesforceClient.Reply reply = JdbcSalesforceConnector.this.client.call(method, this.instanceUrl,
						this.accessToken, path, body);
				limits(this.workspaceId, reply.limitUsed(), reply.limitMax());
				return reply;
			}
			catch (SalesforceClient.LimitAwareError ex) {
				limits(this.workspaceId, ex.limitUsed, ex.limitMax);
				throw ex;
			}
		}

	}

	private void limits(UUID workspaceId, long used, long max) {
		if (used >= 0) {
			this.jdbc.sql(
					"UPDATE sf_connections SET limit_used = ?, limit_max = ?, limit_seen_at = ? WHERE workspace_id = ?")
				.params(used, max, at(Instant.now()), workspaceId)
				.update();
		}
	}

	private void problem(UUID workspaceId, @Nullable String problem) {
		this.jdbc.sql("UPDATE sf_connections SET problem = ? WHERE workspace_id = ?")
			.params(truncate(problem, 1000), workspaceId)
			.update();
	}

	Map<String, List<String>> refreshPicklists(UUID workspaceId) {
		Map<String, List<String>> picklists = withSession(workspaceId, (session) -> {
			JsonNode describe = session
				.call("GET", "/services/data/" + this.settings.apiVersion() + "/sobjects/Opportunity/describe", null)
				.body();
			Map<String, List<String>> values = new LinkedHashMap<>();
			for (JsonNode field : describe.path("fields")) {
				String name = field.path("name").asString("");
				if (PICKLISTS.contains(name)) {
					List<String> active = new ArrayList<>();
					for (JsonNode value : field.path("picklistValues")) {
						if (value.path("active").asBoolean(true)) {
							active.add(value.path("value").asString());
						}
					}
					values.put(name, active);
				}
			}
			try {
				String soql = URLEncoder.encode("SELECT Id, DefaultCurrencyIsoCode FROM Organization LIMIT 1",
						StandardCharsets.UTF_8);
				JsonNode organization = session
					.call("GET", "/services/data/" + this.settings.apiVersion() + "/query?q=" + soql, null)
					.body()
					.path("records")
					.path(0);
				String currency = organization.path(DEFAULT_CURRENCY).asString(null);
				if (currency != null && !currency.isBlank()) {
					values.put(DEFAULT_CURRENCY, List.of(currency));
				}
			}
			catch (SalesforceError ex) {
				if (ex.transientFailure()) {
					throw ex;
				}
				log.info("Default currency of the Salesforce org of workspace {} not read: {}", workspaceId,
						ex.getMessage());
			}
			return values;
		});
		this.jdbc.sql("UPDATE sf_connections SET picklists = ? WHERE workspace_id = ?")
			.params(this.json.writeValueAsString(picklists), workspaceId)
			.update();
		return picklists;
	}

	// ---- outbox

	@Override
	public Optional<Push> enqueuePush(UUID workspaceId, UUID opportunityId, @Nullable UUID draftId) {
		if (connection(workspaceId).isEmpty()) {
			return Optional.empty();
		}
		if (this.directory.opportunity(workspaceId, opportunityId).isEmpty()) {
			throw new InvalidInputException("opportunityId", "unknown opportunity");
		}
		Optional<Push> waiting = push(workspaceId, opportunityId)
			.filter((push) -> push.status().equals(PENDING) || push.status().equals(RUNNING));
		if (waiting.isPresent()) {
			this.jdbc.sql("UPDATE sf_outbox SET next_attempt_at = ? WHERE workspace_id = ? AND id = ? AND status = ?")
				.params(at(Instant.now()), workspaceId, waiting.get().id(), PENDING)
				.update();
			return push(workspaceId, opportunityId);
		}
		Instant now = Instant.now();
		this.jdbc.sql("""
				INSERT INTO sf_outbox (id, workspace_id, opportunity_id, draft_id, status, attempts, next_attempt_at,
				  created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)""")
			.params(UUID.randomUUID(), workspaceId, opportunityId, draftId, PENDING, at(now), at(now), at(now))
			.update();
		return push(workspaceId, opportunityId);
	}

	@Override
	public Optional<Push> pushNow(UUID workspaceId, UUID opportunityId, @Nullable UUID draftId) {
		Optional<Push> queued = enqueuePush(workspaceId, opportunityId, draftId);
		queued.ifPresent((push) -> process(workspaceId, push.id()));
		return push(workspaceId, opportunityId);
	}

	@Override
	public Optional<Push> push(UUID workspaceId, UUID opportunityId) {
		return this.jdbc
			.sql("SELECT * FROM sf_outbox WHERE workspace_id = ? AND opportunity_id = ? ORDER BY created_at DESC")
			.params(workspaceId, opportunityId)
			.query(this::toPush)
			.list()
			.stream()
			.findFirst();
	}

	@Override
	public List<Push> pushes(UUID workspaceId, int limit) {
		return this.jdbc.sql("SELECT * FROM sf_outbox WHERE workspace_id = ? ORDER BY updated_at DESC LIMIT ?")
			.params(workspaceId, Math.max(1, Math.min(limit, 200)))
			.query(this::toPush)
			.list();
	}

	/** Pushes every due outbox entry (oldest first); returns how many were attempted. */
	int processDue() {
		Instant now = Instant.now();
		List<Map<String, Object>> due = this.jdbc.sql("""
				SELECT id, workspace_id FROM sf_outbox
				WHERE (status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'RUNNING' AND updated_at < ?)
				ORDER BY next_attempt_at LIMIT 50""")
			.params(at(now), at(now.minus(Duration.ofMinutes(10))))
			.query()
			.listOfRows();
		int attempted = 0;
		for (Map<String, Object> row : due) {
			if (process((UUID) row.get("workspace_id"), (UUID) row.get("id"))) {
				attempted++;
			}
		}
		return attempted;
	}

	/** Claims one entry and pushes it; false when another worker holds it. */
	boolean process(UUID workspaceId, UUID pushId) {
		Instant now = Instant.now();
		int claimed = this.jdbc
			.sql("""
					UPDATE sf_outbox SET status = 'RUNNING', updated_at = ?, attempts = attempts + 1
					WHERE workspace_id = ? AND id = ? AND (status = 'PENDING' OR (status = 'RUNNING' AND updated_at < ?))""")
			.params(at(now), workspaceId, pushId, at(now.minus(Duration.ofMinutes(10))))
			.update();
		if (claimed == 0) {
			return false;
		}
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM sf_outbox WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, pushId)
			.query()
			.singleRow();
		int attempts = ((Number) row.get("attempts")).intValue();
		UUID opportunityId = (UUID) row.get("opportunity_id");
		try {
			String[] ids = send(workspaceId, opportunityId);
			this.jdbc.sql("""
					UPDATE sf_outbox SET status = 'DONE', last_error = NULL, next_attempt_at = NULL, account_sf_id = ?,
					  contact_sf_id = ?, opportunity_sf_id = ?, updated_at = ? WHERE workspace_id = ? AND id = ?""")
				.params(ids[0], ids[1], ids[2], at(Instant.now()), workspaceId, pushId)
				.update();
			this.journal.record(AuditEvent.of(workspaceId, "crm.salesforce.pushed", "opportunity",
					opportunityId.toString(), null, Map.of("salesforceId", String.valueOf(ids[2]))));
		}
		catch (SalesforceError ex) {
			boolean retry = (ex.transientFailure() || "NOT_CONNECTED".equals(ex.errorCode()))
					&& attempts < this.settings.maxAttempts();
			Instant next = retry ? Instant.now().plus(backoff(attempts)) : null;
			log.info("Salesforce push {} of workspace {}: {} ({})", pushId, workspaceId, ex.getMessage(),
					retry ? "retry at " + next : "failed");
			this.jdbc.sql("""
					UPDATE sf_outbox SET status = ?, last_error = ?, next_attempt_at = ?, updated_at = ?
					WHERE workspace_id = ? AND id = ?""")
				.params(retry ? PENDING : FAILED, truncate(ex.getMessage(), 2000), (next != null) ? at(next) : null,
						at(Instant.now()), workspaceId, pushId)
				.update();
		}
		return true;
	}

	Duration backoff(int attempts) {
		long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
		Duration wait = this.settings.retryBackoff().multipliedBy(factor);
		return (wait.compareTo(MAX_BACKOFF) > 0) ? MAX_BACKOFF : wait;
	}

	/** One all-or-none composite graph; DUPLICATES_DETECTED links and tries again. */
	private String[] send(UUID workspaceId, UUID opportunityId) {
		for (int round = 0; round < 3; round++) {
			Opportunity opportunity = this.directory.opportunity(workspaceId, opportunityId)
				.orElseThrow(() -> new SalesforceError("NOT_FOUND", 404, "the local opportunity no longer exists"));
			Account account = (opportunity.accountId() != null)
					? this.directory.account(workspaceId, opportunity.accountId()).orElse(null) : null;
			Contact contact = (opportunity.contactId() != null)
					? this.directory.contact(workspaceId, opportunity.contactId()).orElse(null) : null;
			Map<String, List<String>> picklists = status(workspaceId).picklists();
			Map<String, Object> graph = graph(opportunity, account, contact, picklists);
			String warning = currencyWarning(opportunity, picklists);
			JsonNode result = withSession(workspaceId,
					(session) -> session
						.call("POST", "/services/data/" + this.settings.apiVersion() + "/composite/graph", graph)
						.body())
				.path("graphs")
				.path(0);
			Map<String, String> ids = new LinkedHashMap<>();
			SalesforceError refusal = null;
			String duplicateOf = null;
			for (JsonNode step : result.path("graphResponse").path("compositeResponse")) {
				String reference = step.path("referenceId").asString("");
				JsonNode body = step.path("body");
				if (step.path("httpStatusCode").asInt(0) < 300) {
					if (body.hasNonNull("id")) {
						ids.put(reference, body.get("id").asString());
					}
					continue;
				}
				JsonNode error = body.isArray() ? body.path(0) : body;
				String code = error.path("errorCode").asString("UNKNOWN_ERROR");
				if (code.equals("PROCESSING_HALTED") && refusal != null) {
					continue;
				}
				if (refusal == null || refusal.errorCode().equals("PROCESSING_HALTED")) {
					String duplicateId = null;
					if (code.equals("DUPLICATES_DETECTED")) {
						duplicateId = error.path("duplicateResult")
							.path("matchResults")
							.path(0)
							.path("matchRecords")
							.path(0)
							.path("record")
							.path("Id")
							.asString(null);
						duplicateOf = reference;
					}
					String fields = error.has("fields") ? " " + error.get("fields").toString() : "";
					refusal = new SalesforceError(code, step.path("httpStatusCode").asInt(400),
							label(reference) + ": " + error.path("message").asString("refused") + fields, duplicateId);
				}
			}
			if (result.path("isSuccessful").asBoolean(false)) {
				String[] stored = store(workspaceId, opportunity, account, contact, ids);
				this.jdbc.sql(
						"UPDATE sf_outbox SET warning = ? WHERE workspace_id = ? AND opportunity_id = ? AND status = ?")
					.params(truncate(warning, 1000), workspaceId, opportunityId, RUNNING)
					.update();
				return stored;
			}
			if (refusal == null) {
				throw new SalesforceError("UNKNOWN_ERROR", 500, "composite graph failed without details");
			}
			if (refusal.errorCode().equals("DUPLICATES_DETECTED") && refusal.duplicateId() != null
					&& duplicateOf != null) {
				link(workspaceId, duplicateOf, account, contact, refusal.duplicateId());
				continue;
			}
			throw refusal;
		}
		throw new SalesforceError("DUPLICATES_DETECTED", 400, "duplicates still detected after linking");
	}

	private static String label(String reference) {
		return switch (reference) {
			case "account" -> "Account";
			case "contact" -> "Contact";
			case "opportunity" -> "Opportunity";
			case "contactRole" -> "OpportunityContactRole";
			default -> reference;
		};
	}

	private void link(UUID workspaceId, String reference, @Nullable Account account, @Nullable Contact contact,
			String salesforceId) {
		if (reference.equals("account") && account != null) {
			this.jdbc.sql("UPDATE crm_accounts SET salesforce_id = ? WHERE workspace_id = ? AND id = ?")
				.params(salesforceId, workspaceId, account.id())
				.update();
		}
		else if (reference.equals("contact") && contact != null) {
			this.jdbc.sql("UPDATE crm_contacts SET salesforce_id = ? WHERE workspace_id = ? AND id = ?")
				.params(salesforceId, workspaceId, contact.id())
				.update();
		}
	}

	private String[] store(UUID workspaceId, Opportunity opportunity, @Nullable Account account,
			@Nullable Contact contact, Map<String, String> ids) {
		String accountId = (account != null) ? ids.getOrDefault("account", account.salesforceId()) : null;
		String contactId = (contact != null) ? ids.getOrDefault("contact", contact.salesforceId()) : null;
		String opportunitySfId = ids.get("opportunity");
		if (account != null && accountId != null) {
			link(workspaceId, "account", account, contact, accountId);
		}
		if (contact != null && contactId != null) {
			link(workspaceId, "contact", account, contact, contactId);
		}
		this.jdbc.sql("UPDATE crm_opportunities SET salesforce_id = ? WHERE workspace_id = ? AND id = ?")
			.params(opportunitySfId, workspaceId, opportunity.id())
			.update();
		return new String[] { accountId, contactId, opportunitySfId };
	}

	Map<String, Object> graph(Opportunity opportunity, @Nullable Account account, @Nullable Contact contact,
			Map<String, List<String>> picklists) {
		String base = "/services/data/" + this.settings.apiVersion() + "/sobjects/";
		String external = this.settings.externalIdField();
		List<Map<String, Object>> steps = new ArrayList<>();
		Object accountRef = null;
		if (account != null) {
			if (account.salesforceId() != null) {
				accountRef = account.salesforceId();
			}
			else {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("Name", account.name());
				putIf(body, "BillingCountry", account.country());
				putIf(body, "BillingCity", account.city());
				putIf(body, "Industry", account.industry());
				putIf(body, "Website", account.website());
				putIf(body, "Phone", account.phone());
				steps.add(step(base + "Account/" + external + "/" + account.id(), "account", body));
				accountRef = "@{account.id}";
			}
		}
		if (contact != null && contact.salesforceId() == null) {
			Map<String, Object> body = new LinkedHashMap<>();
			putIf(body, "FirstName", contact.firstName());
			String last = (contact.lastName() != null) ? contact.lastName()
					: (contact.fullName().isEmpty() ? null : contact.fullName());
			putIf(body, "LastName", last);
			putIf(body, "Title", contact.title());
			putIf(body, "Email", contact.email());
			putIf(body, "Phone", contact.phone());
			putIf(body, "AccountId", accountRef);
			steps.add(step(base + "Contact/" + external + "/" + contact.id(), "contact", body));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("Name", opportunity.name());
		String stage = picklist(picklists, "StageName", opportunity.stage());
		if (stage == null && picklists.containsKey("StageName") && !picklists.get("StageName").isEmpty()) {
			stage = picklists.get("StageName").get(0);
		}
		putIf(body, "StageName", stage);
		body.put("CloseDate", opportunity.closeDate().toString());
		putIf(body, "Type", picklist(picklists, "Type", opportunity.type()));
		putIf(body, "LeadSource", picklist(picklists, "LeadSource", opportunity.leadSource()));
		putIf(body, "Amount", opportunity.amount());
		String description = opportunity.description();
		if (opportunity.amount() != null && opportunity.currency() != null) {
			String money = "Montant : "
					+ java.math.BigDecimal.valueOf(opportunity.amount()).stripTrailingZeros().toPlainString() + " "
					+ opportunity.currency();
			description = (description != null) ? description + "\n" + money : money;
		}
		putIf(body, "Description", description);
		putIf(body, "NextStep", opportunity.nextStep());
		putIf(body, "AccountId", accountRef);
		List<String> currencies = picklists.get(CURRENCY_FIELD);
		if (currencies != null && opportunity.currency() != null && currencies.contains(opportunity.currency())) {
			body.put(CURRENCY_FIELD, opportunity.currency());
		}
		steps.add(step(base + "Opportunity/" + external + "/" + opportunity.id(), "opportunity", body));
		if (contact != null && opportunity.salesforceId() == null) {
			// the role has no external id to upsert by: created with the opportunity's
			// first push only
			Map<String, Object> role = new LinkedHashMap<>();
			role.put("OpportunityId", "@{opportunity.id}");
			role.put("ContactId", (contact.salesforceId() != null) ? contact.salesforceId() : "@{contact.id}");
			role.put("Role", (opportunity.contactRole() != null && !opportunity.contactRole().isBlank())
					? opportunity.contactRole() : DEFAULT_CONTACT_ROLE);
			role.put("IsPrimary", true);
			Map<String, Object> create = new LinkedHashMap<>();
			create.put("method", "POST");
			create.put("url", base + "OpportunityContactRole");
			create.put("referenceId", "contactRole");
			create.put("body", role);
			steps.add(create);
		}
		return Map.of("graphs", List.of(Map.of("graphId", "push", "compositeRequest", steps)));
	}

	/**
	 * Why the opportunity's currency does not reach Salesforce, when it does not: a
	 * multi-currency org without that currency active, or a single-currency org whose
	 * currency differs (the amount is then sent as is, the currency stays in the
	 * description). Null when the currency is sent or the same.
	 */
	static @Nullable String currencyWarning(Opportunity opportunity, Map<String, List<String>> picklists) {
		String currency = opportunity.currency();
		if (currency == null || currency.isBlank()) {
			return null;
		}
		List<String> active = picklists.get(CURRENCY_FIELD);
		if (active != null) {
			return active.contains(currency) ? null
					: "currency " + currency + " is not active in the Salesforce org (active: "
							+ String.join(", ", active)
							+ "): CurrencyIsoCode not sent, Salesforce applies its default currency";
		}
		List<String> orgDefault = picklists.get(DEFAULT_CURRENCY);
		if (orgDefault != null && !orgDefault.isEmpty() && !orgDefault.get(0).equalsIgnoreCase(currency)) {
			return "the Salesforce org has a single currency, " + orgDefault.get(0) + ", and this opportunity is in "
					+ currency + ": the amount is sent unconverted and the currency is kept in the description";
		}
		return null;
	}

	/**
	 * The org's value matching ours (same value or label, ignoring case and accents);
	 * null when none.
	 */
	static @Nullable String picklist(Map<String, List<String>> picklists, String field, @Nullable String value) {
		if (value == null) {
			return null;
		}
		List<String> allowed = picklists.get(field);
		if (allowed == null || allowed.isEmpty()) {
			return value;
		}
		String key = fold(value);
		return allowed.stream().filter((candidate) -> fold(candidate).equals(key)).findFirst().orElse(null);
	}

	private static String fold(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", " ")
			.trim();
	}

	private static Map<String, Object> step(String url, String reference, Map<String, Object> body) {
		Map<String, Object> step = new LinkedHashMap<>();
		step.put("method", "PATCH");
		step.put("url", url);
		step.put("referenceId", reference);
		step.put("body", body);
		return step;
	}

	private static void putIf(Map<String, Object> body, String key, @Nullable Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			body.put(key, value);
		}
	}

	private Push toPush(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		OffsetDateTime next = rs.getObject("next_attempt_at", OffsetDateTime.class);
		return new Push(rs.getObject("id", UUID.class), rs.getObject("opportunity_id", UUID.class),
				rs.getObject("draft_id", UUID.class), rs.getString("status"), rs.getInt("attempts"),
				(next != null) ? next.toInstant() : null, rs.getString("last_error"), rs.getString("account_sf_id"),
				rs.getString("contact_sf_id"), rs.getString("opportunity_sf_id"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("warning"));
	}

	// ---- helpers

	static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String randomToken(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(Object value) {
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof java.sql.Timestamp time) {
			return time.toInstant();
		}
		if (value instanceof Instant time) {
			return time;
		}
		throw new IllegalStateException("not a timestamp: " + value);
	}

	private static @Nullable String truncate(@Nullable String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
