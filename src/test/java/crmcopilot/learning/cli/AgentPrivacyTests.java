package crmcopilot.learning.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import crmcopilot.learning.internal.demo.DemoMerchants;
import crmcopilot.learning.model.LogisticRegression;
import crmcopilot.learning.model.SessionSchema;
import crmcopilot.learning.model.WeightCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every byte an agent sends goes through a recording TCP proxy to a fake platform; the
 * capture must hold no row and no feature value of the merchant's CSV.
 */
class AgentPrivacyTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void an_agent_sends_only_weights_and_an_example_count(@TempDir Path dir) throws Exception {
		// given a merchant CSV and a fake platform behind a recording proxy
		byte[] csv = DemoMerchants.csv(4, 250);
		Path file = dir.resolve("merchant.csv");
		Files.write(file, csv);
		AtomicInteger version = new AtomicInteger(1);
		List<String> updates = new CopyOnWriteArrayList<>();
		HttpServer platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		platform.createContext("/hooks/learning/agent/model", (exchange) -> {
			double[] zeros = LogisticRegression.zeros(SessionSchema.standard().dimension());
			byte[] body = JSON.writeValueAsBytes(Map.of("success", true, "data", Map.of("version", version.get(),
					"schema", SessionSchema.standard(), "weights", WeightCodec.toBase64(zeros), "sha256", "x")));
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		platform.createContext("/hooks/learning/agent/update", (exchange) -> {
			updates.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			version.incrementAndGet();
			exchange.sendResponseHeaders(202, -1);
			exchange.close();
		});
		platform.start();
		RecordingProxy proxy = new RecordingProxy(platform.getAddress().getPort());
		try {
			// when
			FederatedAgent.Result result = new FederatedAgent(URI.create("http://127.0.0.1:" + proxy.port() + "/"),
					"fa_secret-token", false)
				.run(file, "purchased", 2, Duration.ofSeconds(30));

			// then
			assertThat(result.roundsSent()).isEqualTo(2);
			String sent = new String(proxy.captured(), StandardCharsets.ISO_8859_1);
			assertThat(sent).contains("POST /hooks/learning/agent/update").contains("GET /hooks/learning/agent/model");
			for (String value : distinctiveValues(csv)) {
				assertThat(sent).as("value %s of the CSV", value).doesNotContain(value);
			}
			for (String column : List.of("pages_viewed", "cart_value", "purchased", "device", "channel")) {
				assertThat(sent).doesNotContain(column);
			}
			assertThat(updates).hasSize(2);
			for (String update : updates) {
				JsonNode body = JSON.readTree(update);
				assertThat(iterableOfNames(body)).containsExactlyInAnyOrder("baseVersion", "examples", "weights");
				assertThat(body.get("examples").asLong()).isEqualTo(250);
				assertThat(WeightCodec.fromBase64(body.get("weights").asString()))
					.hasSize(SessionSchema.standard().dimension() + 1);
			}
		}
		finally {
			proxy.close();
			platform.stop(0);
		}
	}

	/**
	 * Every cell that could not be confused with JSON syntax, Base64 or a small number.
	 */
	private static Set<String> distinctiveValues(byte[] csv) {
		Set<String> values = new HashSet<>();
		String[] lines = new String(csv, StandardCharsets.UTF_8).split("\n");
		for (int i = 1; i < lines.length; i++) {
			for (String cell : lines[i].split(",")) {
				if (cell.length() >= 4 && (cell.contains(".") || cell.chars().allMatch(Character::isLetter))) {
					values.add(cell);
				}
			}
		}
		assertThat(values).hasSizeGreaterThan(100);
		return values;
	}

	private static List<String> iterableOfNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	/** A loopback TCP proxy that keeps every byte the client sends. */
	static final class RecordingProxy implements AutoCloseable {

		private final ServerSocket server;

		private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

		RecordingProxy(int targetPort) throws IOException {
			this.server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
			Thread.ofVirtual().start(() -> {
				while (!this.server.isClosed()) {
					try {
						Socket client = this.server.accept();
						Socket target = new Socket(java.net.InetAddress.getLoopbackAddress(), targetPort);
						Thread.ofVirtual().start(() -> pipe(client, target, true));
						Thread.ofVirtual().start(() -> pipe(target, client, false));
					}
					catch (IOException ex) {
						return;
					}
				}
			});
		}

		int port() {
			return this.server.getLocalPort();
		}

		byte[] captured() {
			synchronized (this.captured) {
				return this.captured.toByteArray();
			}
		}

		private void pipe(Socket from, Socket to, boolean record) {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					if (record) {
						synchronized (this.captured) {
							this.captured.write(buffer, 0, read);
						}
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// connection closed by either side
			}
		}

		@Override
		public void close() throws IOException {
			this.server.close();
		}

	}

}
