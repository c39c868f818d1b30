package crmcopilot.reliability;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An acknowledgement means stored: the packaged server (a child JVM on an embedded H2
 * data directory, as {@code ./copilot serve} runs it) takes a burst of support messages
 * from several clients and is killed with SIGKILL in the middle of it; the database it
 * leaves is then opened, as a restart opens it: every message that got {@code 201} with
 * an id is there, with the triage its answer returned. It starts without the demo (a
 * bootstrap token makes its workspace): the demo data would only slow the start-up down.
 */
@Timeout(300)
class CrashRecoveryTests {

	private static final String TOKEN = "crash-test-" + UUID.randomUUID();

	private static final int CLIENTS = 6;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@TempDir
	Path dataDir;

	@Test
	void should_keep_every_acknowledged_message_and_its_triage_after_a_kill_9() throws Exception {
		int port = freePort();
		String base = "http://127.0.0.1:" + port;
		Map<String, String> acknowledged = new ConcurrentHashMap<>();

		Process server = start(port, "first");
		try {
			awaitAccepting(base, server);
			AtomicBoolean killed = new AtomicBoolean();
			List<Thread> clients = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				int client = c;
				clients.add(Thread.ofPlatform().start(() -> burst(base, client, killed, acknowledged)));
			}
			await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 150);
			// SIGKILL on Linux: no shutdown hook, no flush
			server.destroyForcibly().waitFor();
			killed.set(true);
			for (Thread client : clients) {
				client.join();
			}
		}
		finally {
			server.destroyForcibly().waitFor();
		}

		// what the restarted server would read: the database files the killed one left
		Map<String, String> stored = new HashMap<>();
		try (Connection connection = DriverManager.getConnection(
				"jdbc:h2:file:" + this.dataDir.resolve("copilot") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa",
				"");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, categorie FROM support_message")) {
			while (rows.next()) {
				stored.put(rows.getString("id"), rows.getString("categorie"));
			}
		}
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(150);
		for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
			assertThat(stored).as("message %s and its triage", ack.getKey())
				.containsEntry(ack.getKey(), ack.getValue());
		}
	}

	private void burst(String base, int client, AtomicBoolean killed, Map<String, String> acknowledged) {
		for (int i = 0; !killed.get(); i++) {
			String body = this.json.writeValueAsString(Map.of("channel", "api", "from",
					"client" + client + "@example.com", "subject", "Commande " + i, "body",
					"Bonjour, ma commande " + client + "-" + i + " n'est pas arrivée, pouvez-vous vérifier ?",
					"externalId", "crash-" + client + "-" + i));
			try {
				HttpResponse<String> response = send(
						HttpRequest.newBuilder(URI.create(base + "/api/v1/support/messages"))
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(body)));
				if (response.statusCode() == 201) {
					String id = response.headers().firstValue("X-Support-Message-Id").orElseThrow();
					acknowledged.put(id, this.json.readTree(response.body()).path("categorie").asString());
				}
			}
			catch (IOException ex) {
				// the server is gone: what was not acknowledged may be lost
				return;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(
				request.header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private void awaitAccepting(String base, Process server) {
		await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(server.isAlive()).as("server running, see " + this.dataDir.resolve("server-*.log")).isTrue();
			try {
				return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/support/kpis")).GET())
					.statusCode() == 200;
			}
			catch (IOException notYet) {
				return false;
			}
		});
	}

	private Process start(int port, String run) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
		ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter((argument) -> argument.startsWith("--enable-native-access") || argument.startsWith("--add-opens"))
			.forEach(command::add);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "crmcopilot.CopilotApplication", "serve",
				"--server.port=" + port, "--server.address=127.0.0.1", "--copilot.data-dir=" + this.dataDir,
				"--copilot.security.bootstrap-token=" + TOKEN, "--copilot.security.secret-key=crash-test-secret",
				"--copilot.demo.enabled=false", "--copilot.ai.llm.provider=none", "--logging.level.root=WARN"));
		File log = this.dataDir.resolve("server-" + run + ".log").toFile();
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
