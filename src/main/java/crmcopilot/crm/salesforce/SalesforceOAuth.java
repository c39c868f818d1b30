package crmcopilot.crm.salesforce;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.SecureTokens;
import org.jspecify.annotations.Nullable;

/**
 * OAuth 2.0 web-server flow with PKCE (state and verifier from {@link SecureTokens}), and
 * sessions on the connected org: the stored access token, refreshed once when Salesforce
 * answers {@code INVALID_SESSION_ID}.
 */
class SalesforceOAuth {

	private static final Pattern MY_DOMAIN = Pattern
		.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)?(\\.sandbox)?\\.my\\.salesforce\\.com");

	private static final Duration AUTHORIZATION_TTL = Duration.ofMinutes(15);

	private final SalesforceSettings settings;

	private final SalesforceStore store;

	private final SalesforceClient client;

	SalesforceOAuth(SalesforceSettings settings, SalesforceStore store, SalesforceClient client) {
		this.settings = settings;
		this.store = store;
		this.client = client;
	}

	String authorizationUrl(UUID workspaceId, String host, String redirectUri) {
		if (!this.settings.configured()) {
			throw new InvalidInputException("host", "crm.salesforce.error.notConfigured", new Object[0],
					"Salesforce is not configured: set COPILOT_SALESFORCE_CLIENT_ID (consumer key of the connected app)");
		}
		String loginUrl = loginUrl(host);
		String verifier = SecureTokens.randomUrlSafe(48);
		String state = SecureTokens.randomUrlSafe(24);
		Instant now = Instant.now();
		this.store.saveAuthorization(workspaceId, state, loginUrl, redirectUri, verifier, now,
				now.minus(AUTHORIZATION_TTL));
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
			throw notAHost(host);
		}
		String name = uri.getHost();
		if (name == null || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))) {
			throw notAHost(host);
		}
		String withPort = (uri.getPort() > 0) ? name + ":" + uri.getPort() : name;
		if (this.settings.allowedHosts().contains(name) || this.settings.allowedHosts().contains(withPort)) {
			return uri.getScheme() + "://" + withPort;
		}
		if ("https".equals(uri.getScheme()) && uri.getPort() < 0 && MY_DOMAIN.matcher(name).matches()) {
			return "https://" + name;
		}
		throw new InvalidInputException("host", "crm.salesforce.error.host", new Object[] { host },
				"use login, test (sandbox) or your My Domain host (<name>.my.salesforce.com): " + host);
	}

	private static InvalidInputException notAHost(String host) {
		return new InvalidInputException("host", "crm.salesforce.error.notAHost", new Object[] { host },
				"not a host name: " + host);
	}

	/**
	 * Exchanges the callback's code for tokens with the verifier of its state and keeps
	 * the connection.
	 * @return the instance URL and the login URL of the new connection
	 */
	SalesforceStore.Connection completeAuthorization(UUID workspaceId, String actor, String state, String code) {
		SalesforceStore.Authorization pending = this.store.takeAuthorization(workspaceId, state)
			.orElseThrow(() -> new InvalidInputException("state", "crm.salesforce.error.unknownState", new Object[0],
					"unknown or already used authorisation; connect again"));
		if (pending.createdAt().isBefore(Instant.now().minus(AUTHORIZATION_TTL))) {
			throw new InvalidInputException("state", "crm.salesforce.error.expiredState", new Object[0],
					"authorisation expired; connect again");
		}
		SalesforceClient.Tokens tokens;
		try {
			tokens = this.client.exchangeCode(pending.loginUrl(), this.settings.clientId(),
					this.settings.clientSecret(), code, pending.codeVerifier(), pending.redirectUri());
		}
		catch (SalesforceError ex) {
			throw new InvalidInputException("code", "crm.salesforce.error.refused", new Object[] { ex.getMessage() },
					"Salesforce refused the authorisation: " + ex.getMessage());
		}
		if (tokens.refreshToken() == null) {
			throw new InvalidInputException("code", "crm.salesforce.error.noRefreshToken", new Object[0],
					"Salesforce returned no refresh token: add the refresh_token scope to the connected app");
		}
		this.store.replaceConnection(workspaceId, pending.loginUrl(), tokens.instanceUrl(), tokens.refreshToken(),
				tokens.accessToken(), actor, Instant.now());
		return new SalesforceStore.Connection(pending.loginUrl(), tokens.instanceUrl(), tokens.refreshToken(),
				tokens.accessToken());
	}

	/** Revokes the refresh token (best effort) and forgets the connection. */
	void disconnect(UUID workspaceId) {
		this.store.connection(workspaceId)
			.ifPresent((connection) -> this.client.revoke(connection.loginUrl(), connection.refreshToken()));
		this.store.deleteConnection(workspaceId);
	}

	/**
	 * Calls Salesforce with the stored access token; on INVALID_SESSION_ID refreshes once
	 * and retries.
	 */
	<T> T withSession(UUID workspaceId, Function<Session, T> call) {
		SalesforceStore.Connection connection = this.store.connection(workspaceId)
			.orElseThrow(() -> new SalesforceError("NOT_CONNECTED", 0, "the workspace is not connected to Salesforce"));
		String access = connection.accessToken();
		if (access == null) {
			access = refresh(workspaceId, connection);
		}
		try {
			return call.apply(new Session(workspaceId, connection.instanceUrl(), access));
		}
		catch (SalesforceError ex) {
			if (!"INVALID_SESSION_ID".equals(ex.errorCode())) {
				throw ex;
			}
			String renewed = refresh(workspaceId, connection);
			return call.apply(new Session(workspaceId, connection.instanceUrl(), renewed));
		}
	}

	private String refresh(UUID workspaceId, SalesforceStore.Connection connection) {
		SalesforceClient.Tokens tokens;
		try {
			tokens = this.client.refresh(connection.loginUrl(), this.settings.clientId(), this.settings.clientSecret(),
					connection.refreshToken());
		}
		catch (SalesforceError ex) {
			if (!ex.transientFailure()) {
				this.store.problem(workspaceId,
						"refresh token refused (" + ex.getMessage() + "): reconnect the workspace");
				throw new SalesforceError("RECONNECT_NEEDED", ex.status(),
						"Salesforce refused the refresh token; reconnect the workspace");
			}
			throw ex;
		}
		this.store.updateTokens(workspaceId, tokens.accessToken(),
				(tokens.refreshToken() != null) ? tokens.refreshToken() : connection.refreshToken());
		return tokens.accessToken();
	}

	/** The PKCE S256 challenge of a verifier. */
	static String challenge(String verifier) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(SecureTokens.sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Calls on the org with one access token; every reply's API usage is kept. */
	final class Session {

		private final UUID workspaceId;

		private final String instanceUrl;

		private final String accessToken;

		private Session(UUID workspaceId, String instanceUrl, String accessToken) {
			this.workspaceId = workspaceId;
			this.instanceUrl = instanceUrl;
			this.accessToken = accessToken;
		}

		SalesforceClient.Reply call(String method, String path, @Nullable Object body) {
			try {
				SalesforceClient.Reply reply = SalesforceOAuth.this.client.call(method, this.instanceUrl,
						this.accessToken, path, body);
				SalesforceOAuth.this.store.limits(this.workspaceId, reply.limitUsed(), reply.limitMax());
				return reply;
			}
			catch (SalesforceClient.LimitAwareError ex) {
				SalesforceOAuth.this.store.limits(this.workspaceId, ex.limitUsed, ex.limitMax);
				throw ex;
			}
		}

	}

}
