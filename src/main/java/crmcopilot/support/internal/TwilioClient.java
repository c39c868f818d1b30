package crmcopilot.support.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Twilio's REST API for outgoing SMS: {@code POST
 * {base}/2010-04-01/Accounts/{AccountSid}/Messages.json}, form-encoded {@code To},
 * {@code From}, {@code Body}, HTTP Basic authentication with the account SID and auth
 * token. Twilio answers {@code 201} with the message's {@code sid} and {@code status}, or
 * an error body {@code {"code", "message", "status"}}.
 */
final class TwilioClient {

	/** Twilio's own API; tests use a local fake ({@code COPILOT_TWILIO_BASE_URL}). */
	public static final String DEFAULT_BASE_URL = "https://api.twilio.com";

	private final String baseUrl;

	private final Duration timeout;

	private final HttpClient http;

	private final JsonMapper json;

	public TwilioClient(String baseUrl, Duration timeout, JsonMapper json) {
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.timeout = timeout;
		this.json = json;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * A workspace's Twilio account.
	 *
	 * @param from the sending number (E.164) or messaging service SID ({@code MG...})
	 */
	public record Account(String accountSid, String authToken, String from) {

		@Override
		public String toString() {
			return "Account[" + this.accountSid + ", from " + this.from + "]";
		}

	}

	/** A message Twilio accepted. */
	public record Sent(String sid, String status) {
	}

	/**
	 * Twilio refused the message or could not be reached.
	 *
	 * @param permanent retrying the same request cannot succeed (a 4xx other than 429)
	 */
	public static final class TwilioException extends Exception {

		private final boolean permanent;

		TwilioException(String message, boolean permanent) {
			super(message);
			this.permanent = permanent;
		}

		public boolean permanent() {
			return this.permanent;
		}

	}

	public Sent send(Account account, String to, String body) throws TwilioException, InterruptedException {
		if (!account.accountSid().matches("AC[0-9a-zA-Z]{10,64}")) {
			throw new TwilioException("invalid Twilio account SID", true);
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("To", to);
		if (account.from().startsWith("MG")) {
			form.put("MessagingServiceSid", account.from());
		}
		else {
			form.put("From", account.from());
		}
		form.put("Body", body);
		String encoded = form.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		String credentials = Base64.getEncoder()
			.encodeToString((account.accountSid() + ":" + account.authToken()).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.baseUrl + "/2010-04-01/Accounts/" + account.accountSid() + "/Messages.json"))
			.timeout(this.timeout)
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(encoded, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new TwilioException("Twilio unreachable: " + ex.getClass().getSimpleName()
					+ ((ex.getMessage() != null) ? " " + ex.getMessage() : ""), false);
		}
		int status = response.statusCode();
		JsonNode node = parse(response.body());
		if (status / 100 == 2) {
			String sid = text(node, "sid");
			if (sid == null) {
				throw new TwilioException("Twilio answered " + status + " without a message sid", false);
			}
			String state = text(node, "status");
			return new Sent(sid, (state != null) ? state : "queued");
		}
		String code = text(node, "code");
		String message = text(node, "message");
		boolean permanent = status / 100 == 4 && status != 429 && status != 408;
		throw new TwilioException("Twilio error" + ((code != null) ? " " + code : "") + " (HTTP " + status + ")"
				+ ((message != null) ? ": " + message : ""), permanent);
	}

	private @Nullable JsonNode parse(String body) {
		try {
			return this.json.readTree(body);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static @Nullable String text(@Nullable JsonNode node, String field) {
		if (node == null) {
			return null;
		}
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
