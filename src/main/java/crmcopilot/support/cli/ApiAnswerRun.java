package crmcopilot.support.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import crmcopilot.support.TriageResult;
import crmcopilot.support.internal.AnswerEvaluation;
import crmcopilot.support.internal.Article;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled evaluation through a running server's API: the knowledge file is loaded
 * with {@code POST /api/v1/support/knowledge}, each message is posted to
 * {@code POST /api/v1/support/messages} and its triage read from the answer. Each message
 * comes from an address of its own (one per message and run), so none joins another's
 * thread or is taken for a duplicate.
 */
final class ApiAnswerRun {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final String base;

	private final String token;

	private final JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	ApiAnswerRun(String base, String token, JsonMapper json) {
		this.base = base.replaceAll("/+$", "");
		this.token = token;
		this.json = json;
	}

	/**
	 * How many entries the workspace's knowledge base holds before loading: the figures
	 * are those of the file alone only on an empty one.
	 */
	long existingEntries() {
		return this.json.readTree(send("GET", "/api/v1/support/knowledge?size=1", null, 200))
			.path("totalItems")
			.asLong();
	}

	/**
	 * Creates every article of the file.
	 * @return the file's id of each article, by the id the server gave it
	 */
	Map<UUID, String> load(AnswerEvaluation evaluation) {
		Map<UUID, String> ids = new LinkedHashMap<>();
		for (Article article : evaluation.knowledge()) {
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("title", article.title());
			request.put("body", article.body());
			request.put("language", article.language());
			request.put("tags", article.tags());
			request.put("categorie", article.categorie());
			String created = send("POST", "/api/v1/support/knowledge", this.json.writeValueAsString(request), 201);
			ids.put(UUID.fromString(this.json.readTree(created).path("id").asString()), evaluation.labelOf(article));
		}
		return ids;
	}

	TriageResult triage(AnswerEvaluation.Labelled message) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("channel", "email");
		request.put("from",
				"eval-" + this.run + "-" + message.id().replaceAll("[^A-Za-z0-9._-]", "_") + "@example.invalid");
		request.put("subject", message.subject());
		request.put("body", message.text());
		String answer = send("POST", "/api/v1/support/messages", this.json.writeValueAsString(request), 201);
		return this.json.readValue(answer, TriageResult.class);
	}

	private String send(String method, String path, @Nullable String body, int expected) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(TIMEOUT)
			.header("Authorization", "Bearer " + this.token)
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new IllegalStateException(
						method + " " + path + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
