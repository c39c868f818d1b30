package crmcopilot.crm.salesforce;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import crmcopilot.shared.SsrfGuard;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Salesforce's OAuth token endpoint and REST API over HTTP, in their wire formats: token
 * responses, error arrays ({@code [{"errorCode", "message", "fields"}]}), OAuth errors
 * ({@code {"error", "error_description"}}) and the {@code Sforce-Limit-Info} header.
 */
class SalesforceClient {

	private static final Pattern API_USAGE = Pattern.compile("api-usage=(\\d+)/(\\d+)");

	private final HttpClient http;

	private final JsonMapper json;

	private final Duration timeout;

	private final @Nullable SsrfGuard guard;

	/** A client that trusts every address: for a fake Salesforce in tests. */
	SalesforceClient(JsonMapper json, Duration timeout) {
		this(json, timeout, null);
	}

	/**
	 * A client that checks the address of every request with the outbound guard: the
	 * instance URL comes from a token response, not from the operator.
	 */
	SalesforceClient(JsonMapper json, Duration timeout, @Nullable SsrfGuard guard) {
		this.json = json;
		this.timeout = timeout;
		this.guard = guard;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	record Tokens(String accessToken, @Nullable String refreshToken, String instanceUrl) {
	}

	/**
	 * @param limitUsed and limitMax from {@code Sforce-Limit-Info}, -1 when absent
	 */
	record Reply(int status, JsonNode body, long limitUsed, long limitMax) {
	}

	Tokens exchangeCode(String loginUrl, String clientId, String clientSecret, String code, String verifier,
			String redirectUri) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", code);
		form.put("client_id", clientId);
		if (!clientSecret.isBlank()) {
			form.put("client_secret", clientSecret);
		}
		form.put("redirect_uri", redirectUri);
		form.put("code_verifier", verifier);
		return tokens(loginUrl, form);
	}

	Tokens refresh(String loginUrl, String clientId, String clientSecret, String refreshToken) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "refresh_token");
		form.put("refresh_token", refreshToken);
		form.put("client_id", clientId);
		if (!clientSecret.isBlank()) {
			form.put("client_secret", clientSecret);
		}
		return tokens(loginUrl, form);
	}

	void revoke(String loginUrl, String token) {
		try {
			send(HttpRequest.newBuilder(URI.create(loginUrl + "/services/oauth2/revoke"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("token", token)))));
		}
		catch (SalesforceError ex) {
			// best effort: the token may already be invalid
		}
	}

	private Tokens tokens(String loginUrl, Map<String, String> form) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(loginUrl + "/services/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form(form))));
		JsonNode body = parse(response.body());
		if (response.statusCode() >= 500) {
			throw new SalesforceError(SalesforceError.UNAVAILABLE, response.statusCode(),
					"token endpoint answered " + response.statusCode());
		}
		if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
			throw new SalesforceError(body.path("error").asString("invalid_response"), response.statusCode(),
					body.path("error_description").asString("no access token in the response"));
		}
		JsonNode refresh = body.get("refresh_token");
		return new Tokens(body.get("access_token").asString(), (refresh != null) ? refresh.asString() : null,
				body.path("instance_url").asString());
	}

	/** A REST call on the instance; errors become {@link SalesforceError}. */
	Reply call(String method, String instanceUrl, String accessToken, String path, @Nullable Object body) {
		HttpRequest.BodyPublisher publisher = (body != null)
				? HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body))
				: HttpRequest.BodyPublishers.noBody();
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(instanceUrl + path))
			.header("Authorization", "Bearer " + accessToken)
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.method(method, publisher));
		long used = -1;
		long max = -1;
		String limit = response.headers().firstValue("Sforce-Limit-Info").orElse("");
		Matcher usage = API_USAGE.matcher(limit);
		if (usage.find()) {
			used = Long.parseLong(usage.group(1));
			max = Long.parseLong(usage.group(2));
		}
		JsonNode parsed = parse(response.body());
		int status = response.statusCode();
		if (status >= 400) {
			JsonNode first = parsed.isArray() ? parsed.path(0) : parsed;
			String code = first.path("errorCode").asString(null);
			if (code == null) {
				code = (status >= 500) ? SalesforceError.UNAVAILABLE : "HTTP_" + status;
			}
			throw new LimitAwareError(code, status, first.path("message").asString("HTTP " + status), used, max);
		}
		return new Reply(status, parsed, used, max);
	}

	/** An API error that still carries the limit header of its response. */
	static final class LimitAwareError extends SalesforceError {

		final long limitUsed;

		final long limitMax;

		LimitAwareError(String code, int status, String message, long used, long max) {
			super(code, status, message);
			this.limitUsed = used;
			this.limitMax = max;
		}

	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		HttpRequest built = request.timeout(this.timeout).build();
		if (this.guard != null && !this.guard.check(built.uri()).allowed()) {
			throw new SalesforceError(SalesforceError.UNAVAILABLE, 0, "address refused by the outbound guard");
		}
		try {
			return this.http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			// refused, filtered or unknown host read the same: nothing about the network
			throw new SalesforceError(SalesforceError.UNAVAILABLE, 0, "Salesforce unreachable");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SalesforceError(SalesforceError.UNAVAILABLE, 0, "interrupted");
		}
	}

	private JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return this.json.createObjectNode();
		}
		try {
			return this.json.readTree(body);
		}
		catch (RuntimeException ex) {
			return this.json.createObjectNode();
		}
	}

	static String form(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
