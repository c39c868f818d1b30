package crmcopilot.learning.internal.federation;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.learning.internal.CsvRows;
import crmcopilot.learning.internal.GlobalModel;
import crmcopilot.learning.internal.GlobalModelStore;
import crmcopilot.learning.internal.demo.DemoMerchants;
import crmcopilot.learning.model.Dataset;
import crmcopilot.learning.model.ModelMetrics;
import crmcopilot.learning.model.SessionSchema;
import crmcopilot.shared.CsvLimits;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server of this test context and three agent processes (child JVMs running
 * {@code crmcopilot.CopilotApplication learning agent ...}) federate over loopback.
 */
// runs once, on H2: agent processes talk HTTP; the learning tables are checked on
// PostgreSQL by the learning API tests
@org.junit.jupiter.api.Tag("database-independent")
@CopilotIntegrationTest
class FederatedAgentsIntegrationTests {

	private static final int ROUNDS = 4;

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	FederatedAggregation aggregation;

	@Autowired
	AgentTokens tokens;

	@Autowired
	GlobalModelStore globals;

	@Test
	void three_agent_processes_train_rounds_to_convergence(@TempDir Path dir) throws Exception {
		int startVersion = this.aggregation.latestGlobal().map(GlobalModel::version).orElse(0);
		List<Process> agents = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String slug = "agent-" + UUID.randomUUID().toString().substring(0, 8);
			UUID merchant = this.workspaces
				.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Europe/Paris", PrivacyLevel.PRIVATE, false))
				.id();
			String token = this.tokens.issue(merchant, "test agent", "test");
			Path csv = dir.resolve("merchant-" + i + ".csv");
			Files.write(csv, DemoMerchants.csv(8 + i, 400));
			agents.add(start(i, token, csv, dir));
		}
		for (int i = 0; i < agents.size(); i++) {
			Process agent = agents.get(i);
			boolean finished = agent.waitFor(240, TimeUnit.SECONDS);
			if (!finished) {
				agent.destroyForcibly();
			}
			String output = Files.readString(dir.resolve("agent-" + i + ".log"));
			assertThat(finished).as(output).isTrue();
			assertThat(agent.exitValue()).as(output).isZero();
			assertThat(output).contains("rounds_sent=" + ROUNDS);
		}

		List<GlobalModel> rounds = this.aggregation.globalModels()
			.stream()
			.filter((model) -> model.version() > startVersion && "agents".equals(model.metrics().get("source")))
			.sorted(java.util.Comparator.comparingInt(GlobalModel::version))
			.toList();
		assertThat(rounds).hasSizeGreaterThanOrEqualTo(ROUNDS);
		assertThat(rounds)
			.allSatisfy((model) -> assertThat(model.metrics().get("contributing_merchants")).isEqualTo(3));
		double[] last = weights(rounds.get(rounds.size() - 1));
		double[] previous = weights(rounds.get(rounds.size() - 2));
		assertThat(distance(last, previous) / norm(last)).isLessThan(0.25);
		Dataset heldOut = SessionSchema.standard()
			.encode(CsvRows.read(DemoMerchants.csv(11, 2000), "file", CsvLimits.DEFAULT).rows(), "purchased", "");
		assertThat(ModelMetrics.evaluate(last, heldOut).auc()).isGreaterThan(0.7);
	}

	private Process start(int index, String token, Path csv, Path dir) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-Dspring.datasource.url=jdbc:h2:mem:agent" + index
						+ ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"-Dcopilot.data-dir=" + dir.resolve("data-" + index), "-cp", System.getProperty("java.class.path"),
				"crmcopilot.CopilotApplication", "learning", "agent", "--server", "http://127.0.0.1:" + this.port,
				"--token", token, "--data", csv.toString(), "--label", "purchased", "--rounds", String.valueOf(ROUNDS),
				"--timeout-seconds", "200");
		File log = dir.resolve("agent-" + index + ".log").toFile();
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}

	private double[] weights(GlobalModel model) {
		return this.globals.weights(model).weights();
	}

	private static double distance(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += (a[i] - b[i]) * (a[i] - b[i]);
		}
		return Math.sqrt(sum);
	}

	private static double norm(double[] a) {
		return distance(a, new double[a.length]);
	}

}
