package crmcopilot.campaigns.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.shared.InvalidInputException;

/**
 * Google's OAuth 2.0 with the JDK only: the JWT bearer grant of a service account (RS256
 * signed with the account's private key), the authorization-code grant of a user's
 * consent and the refresh-token grant.
 */
final class GoogleOAuth {

	static final String SCOPE = "https://www.googleapis.com/auth/display-video";

	static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

	private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

	private final HttpClient http;

	private final JsonMapper json;

	private final String tokenUri;

	private final Duration timeout;

	GoogleOAuth(HttpClient http, JsonMapper json, String tokenUri, Duration timeout) {
		this.http = http;
		this.json = json;
		this.tokenUri = tokenUri;
		this.timeout = timeout;
	}

	/**
	 * An access token and when it expires.
	 *
	 * @param refreshToken only from the authorization-code grant
	 */
	record Token(String accessToken, Instant expiresAt, @Nullable String refreshToken) {
	}

	/** The service account's signed assertion exchanged for an access token. */
	Token serviceAccount(String clientEmail, String privateKeyPem, Instant now) {
		return exchange(Map.of("grant_type", JWT_BEARER, "assertion", assertion(clientEmail, privateKeyPem, now)), now);
	}

	Token authorizationCode(String clientId, String clientSecret, String code, String redirectUri, Instant now) {
		return exchange(Map.of("grant_type", "authorization_code", "code", code, "client_id", clientId, "client_secret",
				clientSecret, "redirect_uri", redirectUri), now);
	}

	Token refresh(String clientId, String clientSecret, String refreshToken, Instant now) {
		return exchange(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", clientId,
				"client_secret", clientSecret), now);
	}

	/** The JWT of the service account: header, claims and RS256 signature. */
	String assertion(String clientEmail, String privateKeyPem, Instant now) {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("alg", "RS256");
		header.put("typ", "JWT");
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", clientEmail);
		claims.put("scope", SCOPE);
		claims.put("aud", this.tokenUri);
		claims.put("iat", now.getEpochSecond());
		claims.put("exp", now.getEpochSecond() + 3600);
		String signingInput = URL.encodeToString(this.json.writeValueAsBytes(header)) + "."
				+ URL.encodeToString(this.json.writeValueAsBytes(claims));
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(privateKey(privateKeyPem));
			signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signingInput + "." + URL.encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new DspException("the service account's private key cannot sign: " + ex.getMessage(), 0, "AUTH");
		}
	}

	static PrivateKey privateKey(String pem) {
		String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "")
			.replace("-----END PRIVATE KEY-----", "")
			.replace("\\n", "")
			.replaceAll("\\s", "");
		try {
			return KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new InvalidInputException("serviceAccountJson", "campaigns.dsp.error.private-key", new Object[0],
					"private_key: not a PKCS#8 RSA private key in PEM");
		}
	}

	private Token exchange(Map<String, String> form, Instant now) {
		String body = form.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.tokenUri))
			.timeout(this.timeout)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new DspException("token endpoint unreachable: " + ex.getMessage(), 0, "UNAVAILABLE");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DspException("interrupted", 0, "CANCELLED");
		}
		JsonNode root;
		try {
			root = this.json.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new DspException("token endpoint answered HTTP " + response.statusCode() + " without JSON",
					response.statusCode(), "AUTH");
		}
		if (response.statusCode() != 200 || !root.hasNonNull("access_token")) {
			// OAuth errors: {"error": "invalid_grant", "error_description": "..."}
			String error = root.path("error").isString() ? root.path("error").asString() : "token refused";
			String description = root.path("error_description").asString("");
			throw new DspException("OAuth " + error + (description.isEmpty() ? "" : ": " + description),
					response.statusCode(), "UNAUTHENTICATED");
		}
		long expiresIn = root.path("expires_in").asLong(3600);
		String refresh = root.hasNonNull("refresh_token") ? root.get("refresh_token").asString() : null;
		return new Token(root.get("access_token").asString(), now.plusSeconds(expiresIn), refresh);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
