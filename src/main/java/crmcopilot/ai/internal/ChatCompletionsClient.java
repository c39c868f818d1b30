package crmcopilot.ai.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import crmcopilot.shared.SsrfGuard;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A thin client of the OpenAI {@code /chat/completions} wire format, spoken by OpenAI,
 * Azure OpenAI, Groq, Ollama and vLLM alike.
 * <p>
 * Why not Spring AI 2.0.1: its chat models are one module per provider (OpenAI through
 * the official OpenAI SDK and its own HTTP stack, Azure through the Azure SDK), each
 * auto-configured once from {@code spring.ai.*} properties; building one client per
 * workspace at run time means wiring two different SDKs by hand, and their built-in retry
 * layers would hide {@code Retry-After}, status codes and token usage from our own
 * Resilience4j retries, circuit breaker and usage accounting. The wire format is one
 * endpoint and a few fields, so a hundred lines over {@link HttpClient} keep every
 * provider, header and timeout under our control and testable against a local fake.
 */
class ChatCompletionsClient {

	private static final int MAX_ERROR_DETAIL = 160;

	private final HttpClient http;

	private final JsonMapper json;

	private final Duration timeout;

	private final @Nullable SsrfGuard guard;

	private final String operatorBaseUrl;

	/**
	 * A client that trusts every base URL: for a provider only an operator configures.
	 */
	ChatCompletionsClient(JsonMapper json, Duration timeout) {
		this(json, timeout, null, "");
	}

	/**
	 * A client that checks every base URL but the operator's own with the outbound guard
	 * before each request: a workspace's base URL receives the workspace's API key, so it
	 * may name a host that resolves elsewhere since it was saved.
	 * @param operatorBaseUrl the environment's base URL, trusted as the operator wrote it
	 */
	ChatCompletionsClient(JsonMapper json, Duration timeout, @Nullable SsrfGuard guard, String operatorBaseUrl) {
		this.json = json;
		this.timeout = timeout;
		this.guard = guard;
		this.operatorBaseUrl = operatorBaseUrl;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout((timeout.compareTo(Duration.ofSeconds(10)) < 0) ? timeout : Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** One chat message. */
	public record Message(String role, String content) {
	}

	/**
	 * What to send.
	 *
	 * @param schemaName name of the JSON schema (letters, digits, dashes, underscores)
	 * @param schema the JSON schema the answer must match, or null for free JSON
	 */
	public record Request(List<Message> messages, String schemaName, @Nullable JsonNode schema, boolean strict) {
	}

	/** The provider's answer: the message content and the token counts it reported. */
	public record Completion(String content, @Nullable String model, long inputTokens, long outputTokens) {
	}

	public Completion complete(ProviderConfig provider, Request request) {
		checkTarget(provider);
		HttpRequest.Builder builder = HttpRequest.newBuilder(provider.chatCompletionsUri())
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body(provider, request)));
		if (provider.apiKey() != null) {
			if (provider.provider() == LlmProvider.AZURE) {
				builder.header("api-key", provider.apiKey());
			}
			else {
				builder.header("Authorization", "Bearer " + provider.apiKey());
			}
		}
		HttpResponse<String> response;
		try {
			response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpConnectTimeoutException ex) {
			throw unreachable();
		}
		catch (HttpTimeoutException ex) {
			throw new ProviderException(ProviderException.Kind.TIMEOUT, 0, null, "no answer within " + this.timeout);
		}
		catch (IOException ex) {
			// refused, filtered, reset or unknown host read the same: the text must not
			// tell an open port from a closed one
			throw unreachable();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProviderException(ProviderException.Kind.CONNECTION, 0, null, "interrupted");
		}
		return parse(response);
	}

	private void checkTarget(ProviderConfig provider) {
		if (this.guard == null || provider.baseUrl().equals(this.operatorBaseUrl)) {
			return;
		}
		if (!this.guard.check(provider.chatCompletionsUri()).allowed()) {
			throw new ProviderException(ProviderException.Kind.CLIENT_ERROR, 0, null,
					"base URL refused by the outbound guard");
		}
	}

	private static ProviderException unreachable() {
		return new ProviderException(ProviderException.Kind.CONNECTION, 0, null, "provider unreachable");
	}

	String body(ProviderConfig provider, Request request) {
		ObjectNode body = this.json.createObjectNode();
		if (!provider.model().isEmpty()) {
			body.put("model", provider.model());
		}
		ArrayNode messages = body.putArray("messages");
		for (Message message : request.messages()) {
			messages.addObject().put("role", message.role()).put("content", message.content());
		}
		body.put("temperature", 0);
		ObjectNode format = body.putObject("response_format");
		if (provider.jsonSchema() && request.schema() != null) {
			format.put("type", "json_schema");
			ObjectNode schema = format.putObject("json_schema");
			schema.put("name", request.schemaName());
			schema.put("strict", request.strict());
			schema.set("schema", request.schema());
		}
		else {
			format.put("type", "json_object");
		}
		return this.json.writeValueAsString(body);
	}

	private Completion parse(HttpResponse<String> response) {
		int status = response.statusCode();
		if (status == 429) {
			throw new ProviderException(ProviderException.Kind.RATE_LIMITED, status, retryAfter(response),
					"rate limited");
		}
		if (status == 408) {
			throw new ProviderException(ProviderException.Kind.TIMEOUT, status, null, "request timeout");
		}
		if (status >= 500) {
			throw new ProviderException(ProviderException.Kind.SERVER_ERROR, status, retryAfter(response),
					"server error");
		}
		if (status >= 300 && status < 400) {
			// never followed: the new address would escape the outbound guard
			throw new ProviderException(ProviderException.Kind.CLIENT_ERROR, status, null, "redirect not followed");
		}
		if (status >= 400 || status < 200) {
			throw new ProviderException(ProviderException.Kind.CLIENT_ERROR, status, null,
					"rejected: " + errorType(response.body()));
		}
		try {
			JsonNode root = this.json.readTree(response.body());
			JsonNode message = root.path("choices").path(0).path("message");
			JsonNode content = message.path("content");
			if (!content.isString()) {
				String refusal = message.path("refusal").isString() ? "refused" : "no content";
				throw new ProviderException(ProviderException.Kind.BAD_RESPONSE, status, null, refusal);
			}
			JsonNode usage = root.path("usage");
			String model = root.path("model").isString() ? root.path("model").stringValue() : null;
			return new Completion(content.stringValue(), model, usage.path("prompt_tokens").asLong(0),
					usage.path("completion_tokens").asLong(0));
		}
		catch (JacksonException ex) {
			throw new ProviderException(ProviderException.Kind.BAD_RESPONSE, status, null, "body is not JSON");
		}
	}

	/** The provider's error type only: its message may quote the request. */
	private String errorType(String body) {
		try {
			JsonNode error = this.json.readTree(body).path("error");
			String type = error.path("type").asString(error.path("code").asString("unknown"));
			return (type.length() > MAX_ERROR_DETAIL) ? type.substring(0, MAX_ERROR_DETAIL) : type;
		}
		catch (JacksonException ex) {
			return "unknown";
		}
	}

	/**
	 * {@code retry-after-ms} (OpenAI, Azure) or {@code Retry-After} in seconds or as an
	 * HTTP date.
	 */
	static @Nullable Duration retryAfter(HttpResponse<?> response) {
		List<String> values = new ArrayList<>();
		response.headers().firstValue("retry-after-ms").ifPresent((ms) -> values.add("ms:" + ms));
		response.headers().firstValue("Retry-After").ifPresent(values::add);
		for (String value : values) {
			try {
				if (value.startsWith("ms:")) {
					return Duration.ofMillis((long) Double.parseDouble(value.substring(3).trim()));
				}
				return Duration.ofMillis((long) (Double.parseDouble(value.trim()) * 1000));
			}
			catch (NumberFormatException ex) {
				try {
					Duration until = Duration.between(ZonedDateTime.now(),
							ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
					return until.isNegative() ? Duration.ZERO : until;
				}
				catch (RuntimeException unparsable) {
					// an unreadable header means no hint: the backoff applies
				}
			}
		}
		return null;
	}

}
