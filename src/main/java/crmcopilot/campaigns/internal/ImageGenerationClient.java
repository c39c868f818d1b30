package crmcopilot.campaigns.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible images API ({@code POST /v1/images/generations}): one image as
 * base64, its type checked by content (PNG, JPEG or WebP), never fetched from a URL.
 */
final class ImageGenerationClient {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private final HttpClient http;

	private final JsonMapper json;

	private final CampaignsSettings.Image settings;

	ImageGenerationClient(JsonMapper json, CampaignsSettings.Image settings) {
		this.json = json;
		this.settings = settings;
		this.http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10)).build();
	}

	/**
	 * @param contentType {@code image/png}, {@code image/jpeg} or {@code image/webp}
	 */
	record Image(byte[] content, String contentType, String model) {
	}

	Image generate(String prompt) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("model", this.settings.model());
		body.put("prompt", prompt);
		body.put("n", 1);
		body.put("size", "1024x1024");
		if (!this.settings.model().startsWith("gpt-image")) {
			// gpt-image models always answer base64; the others need to be asked
			body.put("response_format", "b64_json");
		}
		String base = this.settings.baseUrl();
		String url = base.endsWith("/v1") ? base + "/images/generations" : base + "/v1/images/generations";
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(this.settings.timeout())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(body)));
		if (!this.settings.apiKey().isEmpty()) {
			request.header("Authorization", "Bearer " + this.settings.apiKey());
		}
		HttpResponse<String> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("image provider unreachable: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		JsonNode root;
		try {
			root = this.json.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("image provider answered HTTP " + response.statusCode() + " without JSON");
		}
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(
					"image provider: " + root.path("error").path("message").asString("HTTP " + response.statusCode()));
		}
		String b64 = root.path("data").path(0).path("b64_json").asString("");
		if (b64.isEmpty()) {
			throw new IllegalStateException("image provider returned no base64 image (b64_json)");
		}
		if (b64.length() > MAX_BYTES / 3 * 4 + 4) {
			throw new IllegalStateException("image larger than " + MAX_BYTES / (1024 * 1024) + " MB");
		}
		byte[] content;
		try {
			content = Base64.getDecoder().decode(b64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("image provider returned invalid base64");
		}
		String type = contentType(content);
		if (type == null) {
			throw new IllegalStateException("image provider returned something that is not a PNG, JPEG or WebP image");
		}
		return new Image(content, type, this.settings.model());
	}

	/** The image type read from its first bytes, or null. */
	static @Nullable String contentType(byte[] content) {
		if (content.length > 8 && (content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N'
				&& content[3] == 'G') {
			return "image/png";
		}
		if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
				&& (content[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if (content.length > 12 && content[0] == 'R' && content[1] == 'I' && content[2] == 'F' && content[3] == 'F'
				&& content[8] == 'W' && content[9] == 'E' && content[10] == 'B' && content[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

}
