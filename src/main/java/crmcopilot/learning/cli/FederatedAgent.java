package crmcopilot.learning.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import crmcopilot.learning.internal.CsvRows;
import crmcopilot.learning.model.Dataset;
import crmcopilot.learning.model.FeatureSchema;
import crmcopilot.learning.model.LogisticRegression;
import crmcopilot.learning.model.TrainOptions;
import crmcopilot.learning.model.WeightCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The merchant side of federated learning: pulls the global model and its feature schema,
 * trains on the merchant's own CSV, and sends back only the parameters and the example
 * count. Rows never leave the merchant's machine.
 */
final class FederatedAgent {

	/**
	 * Local training per round: one epoch of mini-batch SGD from the global parameters.
	 */
	static final TrainOptions LOCAL = new TrainOptions(1, 32, 0.05, 1e-3, 0, 0, 0);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What a run did. */
	record Result(int roundsSent, int lastVersion, long examples) {
	}

	/** How the agent waits between two polls for the next round. */
	@FunctionalInterface
	interface Pause {

		void pause(Duration duration) throws InterruptedException;

	}

	/** Time between two polls while the server waits for other merchants. */
	static final Duration POLL_INTERVAL = Duration.ofMillis(200);

	private final URI server;

	private final String token;

	private final HttpClient client;

	private final Clock clock;

	private final Pause pause;

	FederatedAgent(URI server, String token) {
		this(server, token, Clock.systemUTC(), (duration) -> Thread.sleep(duration));
	}

	/**
	 * @param clock what the round timeout is measured with
	 * @param pause how the agent waits between polls
	 */
	FederatedAgent(URI server, String token, Clock clock, Pause pause) {
		this.server = server;
		this.token = token;
		this.clock = clock;
		this.pause = pause;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	Result run(Path csv, String label, int rounds, Duration timeout) throws IOException, InterruptedException {
		CsvRows rows = CsvRows.read(csv, LearningCli.LOCAL_FILES);
		rows.requireColumn(label, "--label");
		Instant deadline = this.clock.instant().plus(timeout);
		int lastSubmitted = -1;
		int sent = 0;
		int version = -1;
		while (sent < rounds) {
			JsonNode model = pull();
			version = model.get("version").asInt();
			if (version == lastSubmitted) {
				// the round is still open: other merchants have not answered yet
				if (this.clock.instant().isAfter(deadline)) {
					throw new IllegalStateException("timed out waiting for round " + (sent + 1) + " to close");
				}
				this.pause.pause(POLL_INTERVAL);
				continue;
			}
			FeatureSchema schema = JSON.treeToValue(model.get("schema"), FeatureSchema.class);
			double[] global = WeightCodec.fromBase64(model.get("weights").asString());
			Dataset data = schema.encode(rows.rows(), label, "");
			double[] trained = LogisticRegression.train(data, global, LOCAL.withSeed(version));
			int status = push(version, data.rows(), trained);
			if (status == 202) {
				lastSubmitted = version;
				sent++;
			}
			else if (status != 409) {
				throw new IllegalStateException("the server refused the update: HTTP " + status);
			}
		}
		return new Result(sent, version, rows.rows().size());
	}

	private JsonNode pull() throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.server.resolve("/hooks/learning/agent/model"))
			.timeout(Duration.ofSeconds(30))
			.header("X-Merchant-Token", this.token)
			.GET()
			.build();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("cannot pull the global model: HTTP " + response.statusCode());
		}
		return JSON.readTree(response.body()).get("data");
	}

	/** Sends exactly three fields: base version, example count, Base64 parameters. */
	private int push(int baseVersion, long examples, double[] weights) throws IOException, InterruptedException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("baseVersion", baseVersion);
		body.put("examples", examples);
		body.put("weights", WeightCodec.toBase64(weights));
		HttpRequest request = HttpRequest.newBuilder(this.server.resolve("/hooks/learning/agent/update"))
			.timeout(Duration.ofSeconds(30))
			.header("X-Merchant-Token", this.token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
