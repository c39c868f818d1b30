package crmcopilot.support.internal.whatsapp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WhatsApp Business Platform's Cloud API on Meta's Graph API: {@code POST
 * /{version}/{phone-number-id}/messages} for text and template messages (answered with
 * {@code {"messages":[{"id":"wamid..."}]}}), {@code GET /{version}/{media-id}} for a
 * media's short-lived URL and the download of that URL, all with the workspace's access
 * token as bearer. A refusal comes as {@code {"error":{"message","type","code",
 * "error_subcode","fbtrace_id"}}}.
 */
final class GraphApiClient {

	/** Meta's Graph API; tests use a local fake ({@code COPILOT_WHATSAPP_BASE_URL}). */
	static final String DEFAULT_BASE_URL = "https://graph.facebook.com";

	/**
	 * Error codes after which the same request may succeed later: throttling (4, 80007,
	 * 130429, 131056), temporary outages (1, 2, 131000, 131016, 133004).
	 */
	private static final Set<Integer> RETRYABLE_CODES = Set.of(1, 2, 4, 80007, 130429, 131000, 131016, 131056, 133004);

	/** More than 24 hours since the customer last wrote: only a template may go out. */
	static final int RE_ENGAGEMENT = 131047;

	private final String baseUrl;

	private final String version;

	private final Duration timeout;

	private final long maxMediaBytes;

	private final HttpClient http;

	private final JsonMapper json;

	GraphApiClient(String baseUrl, String version, Duration timeout, long maxMediaBytes, JsonMapper json) {
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.version = version;
		this.timeout = timeout;
		this.maxMediaBytes = maxMediaBytes;
		this.json = json;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** A media's metadata; its URL is valid for five minutes. */
	record Media(String id, String url, @Nullable String mimeType) {
	}

	/**
	 * The Graph API refused a request or could not be reached.
	 *
	 * @param httpStatus the HTTP status, 0 when unreachable
	 * @param code the Graph error code, 0 when the body had none
	 */
	static final class GraphApiException extends Exception {

		private final int httpStatus;

		private final int code;

		private final @Nullable String detail;

		GraphApiException(int httpStatus, int code, @Nullable String detail, String message) {
			super(message);
			this.httpStatus = httpStatus;
			this.code = code;
			this.detail = detail;
		}

		int httpStatus() {
			return this.httpStatus;
		}

		int code() {
			return this.code;
		}

		/** Meta's own message for the error, when it gave one. */
		@Nullable String detail() {
			return this.detail;
		}

		/** Unreachable, a 429 or 5xx, or an error code Meta documents as temporary. */
		boolean retryable() {
			return this.httpStatus == 0 || this.httpStatus == 429 || this.httpStatus >= 500
					|| RETRYABLE_CODES.contains(this.code);
		}

		boolean windowClosed() {
			return this.code == RE_ENGAGEMENT;
		}

	}

	/** Sends a free-form text message (inside the customer-service window). */
	String sendText(WhatsAppAccount account, String to, String body) throws GraphApiException, InterruptedException {
		return send(account, Map.of("messaging_product", "whatsapp", "recipient_type", "individual", "to", to, "type",
				"text", "text", Map.of("preview_url", false, "body", body)));
	}

	/**
	 * Sends an approved template whose body has one parameter, the reply's text (Meta
	 * refuses line breaks and long runs of spaces in a parameter: they are flattened).
	 */
	String sendTemplate(WhatsAppAccount account, String to, String name, String language, String text)
			throws GraphApiException, InterruptedException {
		String parameter = text.replaceAll("\\s*\\R\\s*", " · ").replaceAll("\\s{4,}", "   ").strip();
		Map<String, Object> template = Map.of("name", name, "language", Map.of("code", language), "components",
				List.of(Map.of("type", "body", "parameters", List.of(Map.of("type", "text", "text", parameter)))));
		return send(account, Map.of("messaging_product", "whatsapp", "recipient_type", "individual", "to", to, "type",
				"template", "template", template));
	}

	private String send(WhatsAppAccount account, Map<String, Object> message)
			throws GraphApiException, InterruptedException {
		HttpRequest request = authorised(
				URI.create(this.baseUrl + "/" + this.version + "/" + account.phoneNumberId() + "/messages"), account)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(message), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = call(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		JsonNode node = parse(response.body());
		if (response.statusCode() / 100 != 2) {
			throw error(response.statusCode(), node);
		}
		JsonNode id = (node != null) ? node.path("messages").path(0).get("id") : null;
		if (id == null || id.isNull() || id.asString().isBlank()) {
			throw new GraphApiException(response.statusCode(), 0, null,
					"Graph API answered " + response.statusCode() + " without a message id");
		}
		return id.asString();
	}

	/** The URL and type of a media a customer sent. */
	Media media(WhatsAppAccount account, String mediaId) throws GraphApiException, InterruptedException {
		if (!mediaId.matches("[0-9A-Za-z_.-]{1,100}")) {
			throw new GraphApiException(400, 0, null, "invalid media id");
		}
		HttpRequest request = authorised(URI
			.create(this.baseUrl + "/" + this.version + "/" + mediaId + "?phone_number_id=" + account.phoneNumberId()),
				account)
			.GET()
			.build();
		HttpResponse<String> response = call(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		JsonNode node = parse(response.body());
		if (response.statusCode() / 100 != 2) {
			throw error(response.statusCode(), node);
		}
		String url = (node != null) ? text(node, "url") : null;
		if (url == null || !url.matches("(?i)^https?://.+")) {
			throw new GraphApiException(response.statusCode(), 0, null, "Graph API gave no media URL");
		}
		return new Media(mediaId, url, text(node, "mime_type"));
	}

	/** Downloads a media's content, refusing more than the configured size. */
	byte[] download(WhatsAppAccount account, Media media) throws GraphApiException, InterruptedException {
		HttpRequest request = authorised(URI.create(media.url()), account).GET().build();
		HttpResponse<InputStream> response = call(request, HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream body = response.body()) {
			if (response.statusCode() / 100 != 2) {
				throw error(response.statusCode(),
						parse(new String(body.readNBytes(64 * 1024), StandardCharsets.UTF_8)));
			}
			byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxMediaBytes + 1));
			if (content.length > this.maxMediaBytes) {
				throw new GraphApiException(413, 0, null, "media larger than " + this.maxMediaBytes + " bytes");
			}
			return content;
		}
		catch (IOException ex) {
			throw unreachable(ex);
		}
	}

	private HttpRequest.Builder authorised(URI uri, WhatsAppAccount account) {
		return HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			.header("Authorization", "Bearer " + account.accessToken())
			.header("Accept", "application/json");
	}

	private <T> HttpResponse<T> call(HttpRequest request, HttpResponse.BodyHandler<T> handler)
			throws GraphApiException, InterruptedException {
		try {
			return this.http.send(request, handler);
		}
		catch (IOException ex) {
			throw unreachable(ex);
		}
	}

	private static GraphApiException unreachable(IOException ex) {
		return new GraphApiException(0, 0, null, "Graph API unreachable: " + ex.getClass().getSimpleName()
				+ ((ex.getMessage() != null) ? " " + ex.getMessage() : ""));
	}

	private static GraphApiException error(int status, @Nullable JsonNode node) {
		JsonNode error = (node != null) ? node.get("error") : null;
		if (error == null || !error.isObject()) {
			return new GraphApiException(status, 0, null, "Graph API error (HTTP " + status + ")");
		}
		int code = error.path("code").asInt(0);
		int subcode = error.path("error_subcode").asInt(0);
		String message = text(error, "message");
		String trace = text(error, "fbtrace_id");
		return new GraphApiException(status, code, message,
				"Graph API error " + code + ((subcode != 0) ? "/" + subcode : "") + " (HTTP " + status + ")"
						+ ((message != null) ? ": " + message : "")
						+ ((trace != null) ? " [fbtrace_id " + trace + "]" : ""));
	}

	private @Nullable JsonNode parse(String body) {
		try {
			return this.json.readTree(body);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
