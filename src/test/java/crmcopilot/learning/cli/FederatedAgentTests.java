package crmcopilot.learning.cli;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import crmcopilot.learning.internal.demo.DemoMerchants;
import crmcopilot.learning.model.LogisticRegression;
import crmcopilot.learning.model.SessionSchema;
import crmcopilot.learning.model.WeightCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FederatedAgentTests {

	/** A clock that only moves when the agent pauses. */
	static final class PausedClock extends Clock {

		Instant now = Instant.parse("2026-12-01T00:00:00Z");

		final List<Duration> pauses = new ArrayList<>();

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		void pause(Duration duration) {
			this.pauses.add(duration);
			this.now = this.now.plus(duration);
		}

	}

	@Test
	void should_poll_until_the_round_closes_and_give_up_at_the_deadline(@TempDir Path dir) throws Exception {
		// given a platform whose round never closes after the first update
		Path csv = dir.resolve("merchant.csv");
		Files.write(csv, DemoMerchants.csv(3, 50));
		byte[] model = JsonMapper.builder()
			.build()
			.writeValueAsBytes(Map.of("success", true, "data",
					Map.of("version", 1, "schema", SessionSchema.standard(), "weights",
							WeightCodec.toBase64(LogisticRegression.zeros(SessionSchema.standard().dimension())),
							"sha256", "x")));
		HttpServer platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		platform.createContext("/hooks/learning/agent/model", (exchange) -> {
			exchange.sendResponseHeaders(200, model.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(model);
			}
		});
		platform.createContext("/hooks/learning/agent/update", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			exchange.sendResponseHeaders(202, -1);
			exchange.close();
		});
		platform.start();
		PausedClock clock = new PausedClock();
		try {
			FederatedAgent agent = new FederatedAgent(
					URI.create("http://127.0.0.1:" + platform.getAddress().getPort() + "/"), "fa_token", clock,
					clock::pause);

			// when the agent wants two rounds, then it waits with its pause and stops at
			// the deadline
			assertThatThrownBy(() -> agent.run(csv, "purchased", 2, Duration.ofSeconds(1)))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("timed out waiting for round 2");
			assertThat(clock.pauses).hasSize(6).allMatch(FederatedAgent.POLL_INTERVAL::equals);
		}
		finally {
			platform.stop(0);
		}
	}

}
