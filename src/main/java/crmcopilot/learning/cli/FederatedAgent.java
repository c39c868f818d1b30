package crmcopilot.learning.cli;

import java.io.IOException;
import java.net.URI;
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
import crmcopilot.learning.model.ModelUpdate;
import crmcopilot.learning.model.TrainOptions;
import crmcopilot.learning.model.WeightCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The merchant side of federated learning: pulls the global model and its feature schema,
 * trains on the merchant's own CSV, and sends back only the parameters and the example
 * count — under secure aggregation ({@link SecureAgentRound}) when the platform requires
 * it or the merchant asks for it. Rows never leave the merchant's machine.
 */
final class FederatedAgent {

	/**
	 * Local training per round: one epoch of mini-batch SGD from the global parameters.
	 */
	static final TrainOptions LOCAL = new TrainOptions(1, 32, 0.05, 1e-3, 0, 0, 0);

	private static final JsonMapper JSON = AgentHttp.JSON;

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

	private final AgentHttp http;

	private final Clock clock;

	private final Pause pause;

	private final boolean secure;

	/**
	 * @param secure whether to send updates only under secure aggregation, even when the
	 * platform would take them in the clear
	 */
	FederatedAgent(URI server, String token, boolean secure) {
		this(server, token, Clock.systemUTC(), (duration) -> Thread.sleep(duration), secure);
	}

	FederatedAgent(URI server, String token, Clock clock, Pause pause) {
		this(server, token, clock, pause, false);
	}

	/**
	 * @param clock what the round timeout is measured with
	 * @param pause how the agent waits between polls
	 */
	FederatedAgent(URI server, String token, Clock clock, Pause pause, boolean secure) {
		this.http = new AgentHttp(server, token);
		this.clock = clock;
		this.pause = pause;
		this.secure = secure;
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
			if (this.secure || model.path("secureAggregation").asBoolean(false)) {
				// the round requires (or the merchant wants) that the platform learns
				// only
				// the sum of the updates
				if (new SecureAgentRound(this.http, this.clock, this.pause).run(version,
						new ModelUpdate(trained, data.rows()), deadline)) {
					lastSubmitted = version;
					sent++;
				}
				continue;
			}
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
		return this.http.get("/hooks/learning/agent/model", "the global model");
	}

	/** Sends exactly three fields: base version, example count, Base64 parameters. */
	private int push(int baseVersion, long examples, double[] weights) throws IOException, InterruptedException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("baseVersion", baseVersion);
		body.put("examples", examples);
		body.put("weights", WeightCodec.toBase64(weights));
		return this.http.post("/hooks/learning/agent/update", body).statusCode();
	}

}
