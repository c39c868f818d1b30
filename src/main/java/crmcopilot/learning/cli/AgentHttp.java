package crmcopilot.learning.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An agent's calls to the platform's hooks, authenticated by its merchant token. */
final class AgentHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;

	private final URI server;

	private final String token;

	AgentHttp(URI server, String token) {
		this.server = server;
		this.token = token;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/**
	 * The {@code data} of a GET answered 200.
	 * @param what what is read, for the error message
	 */
	JsonNode get(String path, String what) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.server.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("X-Merchant-Token", this.token)
			.GET()
			.build();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("cannot read " + what + ": HTTP " + response.statusCode());
		}
		return JSON.readTree(response.body()).get("data");
	}

	/** Posts {@code body} as JSON. */
	HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.server.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("X-Merchant-Token", this.token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
