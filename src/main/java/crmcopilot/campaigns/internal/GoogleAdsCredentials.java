package crmcopilot.campaigns.internal;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.SecretCipher;
import crmcopilot.workspace.WorkspaceSettings;

import org.springframework.stereotype.Component;

/**
 * A workspace's Google Ads API access for Customer Match, in its settings under
 * {@code campaigns.google-ads.}: the advertiser's customer id (and the manager account's
 * when it acts through one), the developer token and an OAuth client with the refresh
 * token of a user's consent, exchanged as for Display &amp; Video 360. Tokens and secrets
 * are encrypted.
 */
@Component
public class GoogleAdsCredentials {

	static final String PREFIX = "campaigns.google-ads.";

	private static final List<String> KEYS = List.of("customer-id", "login-customer-id", "developer-token", "client-id",
			"client-secret", "refresh-token");

	private final WorkspaceSettings settings;

	private final SecretCipher cipher;

	private final GoogleOAuth oauth;

	GoogleAdsCredentials(WorkspaceSettings settings, SecretCipher cipher, JsonMapper json, CampaignsSettings config) {
		this.settings = settings;
		this.cipher = cipher;
		CampaignsSettings.Dv360 google = config.dv360();
		this.oauth = new GoogleOAuth(HttpClient.newBuilder().connectTimeout(google.timeout()).build(), json,
				google.tokenUri(), google.timeout());
	}

	/**
	 * @param customerId the advertiser's Google Ads customer id ({@code 123-456-7890})
	 * @param loginCustomerId the manager account's id, or null
	 */
	public record Connection(String customerId, @Nullable String loginCustomerId, String developerToken,
			String clientId, String clientSecret, String refreshToken) {
	}

	public void save(UUID workspaceId, Connection connection) {
		String customer = digits(connection.customerId(), "customerId");
		String login = (connection.loginCustomerId() == null || connection.loginCustomerId().isBlank()) ? null
				: digits(connection.loginCustomerId(), "loginCustomerId");
		required(connection.developerToken(), "developerToken");
		required(connection.clientId(), "clientId");
		required(connection.clientSecret(), "clientSecret");
		required(connection.refreshToken(), "refreshToken");
		disconnect(workspaceId);
		put(workspaceId, "customer-id", customer);
		if (login != null) {
			put(workspaceId, "login-customer-id", login);
		}
		put(workspaceId, "developer-token", this.cipher.encrypt(connection.developerToken().strip()));
		put(workspaceId, "client-id", connection.clientId().strip());
		put(workspaceId, "client-secret", this.cipher.encrypt(connection.clientSecret().strip()));
		put(workspaceId, "refresh-token", this.cipher.encrypt(connection.refreshToken().strip()));
	}

	public boolean connected(UUID workspaceId) {
		return this.settings.withPrefix(workspaceId, PREFIX).containsKey(PREFIX + "refresh-token");
	}

	public void disconnect(UUID workspaceId) {
		for (String key : KEYS) {
			this.settings.remove(workspaceId, PREFIX + key);
		}
	}

	/** A fresh access token with the ids and developer token the API calls need. */
	GoogleAdsCustomerMatch.Access access(UUID workspaceId) {
		Map<String, String> values = this.settings.withPrefix(workspaceId, PREFIX);
		if (!values.containsKey(PREFIX + "refresh-token")) {
			throw new GoogleAdsException("Google Ads is not connected for this workspace", 401, "UNAUTHENTICATED");
		}
		GoogleOAuth.Token token;
		try {
			token = this.oauth.refresh(values.get(PREFIX + "client-id"),
					this.cipher.decrypt(values.get(PREFIX + "client-secret")),
					this.cipher.decrypt(values.get(PREFIX + "refresh-token")), Instant.now());
		}
		catch (DspException ex) {
			throw new GoogleAdsException(ex.getMessage(), ex.code(), ex.status());
		}
		return new GoogleAdsCustomerMatch.Access(token.accessToken(),
				this.cipher.decrypt(values.get(PREFIX + "developer-token")), values.get(PREFIX + "customer-id"),
				values.get(PREFIX + "login-customer-id"));
	}

	private static String digits(String value, String field) {
		String digits = value.strip().replace("-", "");
		if (!digits.matches("\\d{10}")) {
			throw new InvalidInputException(field, "campaigns.google-ads.error.customer-id", new Object[0],
					"a Google Ads customer id has ten digits (123-456-7890)");
		}
		return digits;
	}

	private static void required(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "campaigns.google-ads.error.required", new Object[0], "required");
		}
	}

	private void put(UUID workspaceId, String key, String value) {
		this.settings.put(workspaceId, PREFIX + key, value);
	}

}
