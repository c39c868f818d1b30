package crmcopilot.campaigns.internal;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.workspace.SecretCipher;
import crmcopilot.workspace.WorkspaceSettings;
import crmcopilot.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * A workspace's Display &amp; Video 360 credentials, in its settings under
 * {@code campaigns.dv360.}: a service account (email and private key) or an OAuth client
 * with the refresh token of a user's consent. Keys, secrets and tokens are encrypted.
 */
@Component
public class Dv360Credentials {

	static final String PREFIX = "campaigns.dv360.";

	static final String SERVICE_ACCOUNT = "service-account";

	static final String USER = "user";

	private static final List<String> KEYS = List.of("mode", "client-email", "private-key", "client-id",
			"client-secret", "refresh-token", "access-token", "expires-at");

	private final WorkspaceSettings settings;

	private final SecretCipher cipher;

	private final JsonMapper json;

	private final CampaignsSettings.Dv360 endpoints;

	private final GoogleOAuth oauth;

	Dv360Credentials(WorkspaceSettings settings, SecretCipher cipher, JsonMapper json, CampaignsSettings config) {
		this.settings = settings;
		this.cipher = cipher;
		this.json = json;
		this.endpoints = config.dv360();
		this.oauth = new GoogleOAuth(HttpClient.newBuilder().connectTimeout(this.endpoints.timeout()).build(), json,
				this.endpoints.tokenUri(), this.endpoints.timeout());
	}

	/**
	 * What the settings page shows; never a secret.
	 *
	 * @param mode {@code service-account}, {@code user} or null when not configured
	 * @param account the service account's email or the OAuth client id
	 * @param ready whether a token can be obtained
	 */
	public record Connection(@Nullable String mode, @Nullable String account, boolean ready) {
	}

	public Connection connection(UUID workspaceId) {
		Map<String, String> values = this.settings.withPrefix(workspaceId, PREFIX);
		String mode = values.get(PREFIX + "mode");
		if (SERVICE_ACCOUNT.equals(mode)) {
			return new Connection(mode, values.get(PREFIX + "client-email"),
					values.containsKey(PREFIX + "private-key"));
		}
		if (USER.equals(mode)) {
			return new Connection(mode, values.get(PREFIX + "client-id"), values.containsKey(PREFIX + "refresh-token"));
		}
		return new Connection(null, null, false);
	}

	/**
	 * Saves a service account from its JSON key file ({@code type}, {@code client_email},
	 * {@code private_key}); the key is checked before it is stored.
	 */
	public void saveServiceAccount(UUID workspaceId, String keyJson) {
		JsonNode key;
		try {
			key = this.json.readTree(keyJson);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("serviceAccountJson", "campaigns.dsp.error.not-json", new Object[0],
					"not JSON");
		}
		if (!"service_account".equals(key.path("type").asString(""))) {
			throw new InvalidInputException("serviceAccountJson", "campaigns.dsp.error.not-service-account",
					new Object[0], "\"type\" must be \"service_account\"");
		}
		String email = key.path("client_email").asString("");
		String pem = key.path("private_key").asString("");
		if (!email.contains("@")) {
			throw new InvalidInputException("serviceAccountJson", "campaigns.dsp.error.client-email", new Object[0],
					"client_email missing");
		}
		GoogleOAuth.privateKey(pem);
		disconnect(workspaceId);
		put(workspaceId, "mode", SERVICE_ACCOUNT);
		put(workspaceId, "client-email", email);
		put(workspaceId, "private-key", this.cipher.encrypt(pem));
	}

	/** Saves the OAuth client of the user-consent flow; the consent comes next. */
	public void saveClient(UUID workspaceId, String clientId, String clientSecret) {
		if (clientId.isBlank()) {
			throw new InvalidInputException("clientId", "campaigns.dsp.error.client-id", new Object[0], "required");
		}
		if (clientSecret.isBlank()) {
			throw new InvalidInputException("clientSecret", "campaigns.dsp.error.client-secret", new Object[0],
					"required");
		}
		disconnect(workspaceId);
		put(workspaceId, "mode", USER);
		put(workspaceId, "client-id", clientId.strip());
		put(workspaceId, "client-secret", this.cipher.encrypt(clientSecret.strip()));
	}

	/** The consent page the user is sent to (authorization-code flow, offline access). */
	public String consentUrl(UUID workspaceId, String redirectUri, String state) {
		String clientId = get(workspaceId, "client-id");
		if (clientId == null) {
			throw new InvalidInputException("clientId", "campaigns.dsp.error.client-first", new Object[0],
					"save the OAuth client first");
		}
		return this.endpoints.authUri() + "?response_type=code&client_id=" + GoogleOAuth.encode(clientId)
				+ "&redirect_uri=" + GoogleOAuth.encode(redirectUri) + "&scope=" + GoogleOAuth.encode(GoogleOAuth.SCOPE)
				+ "&access_type=offline&prompt=consent&state=" + GoogleOAuth.encode(state);
	}

	/** Exchanges the consent's code; keeps the refresh token. */
	public void completeConsent(UUID workspaceId, String code, String redirectUri) {
		String clientId = get(workspaceId, "client-id");
		String secret = get(workspaceId, "client-secret");
		if (clientId == null || secret == null) {
			throw new InvalidInputException("clientId", "campaigns.dsp.error.client-first", new Object[0],
					"save the OAuth client first");
		}
		GoogleOAuth.Token token = this.oauth.authorizationCode(clientId, this.cipher.decrypt(secret), code, redirectUri,
				Instant.now());
		if (token.refreshToken() == null) {
			throw new DspException("Google gave no refresh token; revoke the app's access and consent again", 400,
					"UNAUTHENTICATED");
		}
		put(workspaceId, "refresh-token", this.cipher.encrypt(token.refreshToken()));
		keep(workspaceId, token);
	}

	public void disconnect(UUID workspaceId) {
		for (String key : KEYS) {
			this.settings.remove(workspaceId, PREFIX + key);
		}
	}

	/** A valid access token, from the encrypted cache unless it expires or is refused. */
	String accessToken(UUID workspaceId, boolean renew) {
		Map<String, String> values = this.settings.withPrefix(workspaceId, PREFIX);
		String cached = values.get(PREFIX + "access-token");
		String expiresAt = values.get(PREFIX + "expires-at");
		Instant now = Instant.now();
		if (!renew && cached != null && expiresAt != null && Instant.parse(expiresAt).isAfter(now.plusSeconds(60))) {
			return this.cipher.decrypt(cached);
		}
		String mode = values.get(PREFIX + "mode");
		GoogleOAuth.Token token;
		if (SERVICE_ACCOUNT.equals(mode) && values.containsKey(PREFIX + "private-key")) {
			token = this.oauth.serviceAccount(values.get(PREFIX + "client-email"),
					this.cipher.decrypt(values.get(PREFIX + "private-key")), now);
		}
		else if (USER.equals(mode) && values.containsKey(PREFIX + "refresh-token")) {
			token = this.oauth.refresh(values.get(PREFIX + "client-id"),
					this.cipher.decrypt(values.get(PREFIX + "client-secret")),
					this.cipher.decrypt(values.get(PREFIX + "refresh-token")), now);
		}
		else {
			throw new DspException("Display & Video 360 is not connected for this workspace", 401, "UNAUTHENTICATED");
		}
		keep(workspaceId, token);
		return token.accessToken();
	}

	private void keep(UUID workspaceId, GoogleOAuth.Token token) {
		put(workspaceId, "access-token", this.cipher.encrypt(token.accessToken()));
		put(workspaceId, "expires-at", token.expiresAt().toString());
	}

	private @Nullable String get(UUID workspaceId, String key) {
		return this.settings.get(workspaceId, PREFIX + key).orElse(null);
	}

	private void put(UUID workspaceId, String key, String value) {
		this.settings.put(workspaceId, PREFIX + key, value);
	}

}
