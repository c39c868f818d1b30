package crmcopilot.learning.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.learning.internal.CsvRows;
import crmcopilot.learning.internal.GlobalModel;
import crmcopilot.learning.internal.GlobalModelStore;
import crmcopilot.learning.internal.demo.DemoMerchants;
import crmcopilot.learning.internal.federation.AgentFederation;
import crmcopilot.learning.internal.federation.AgentTokens;
import crmcopilot.learning.model.Aggregation;
import crmcopilot.learning.model.Dataset;
import crmcopilot.learning.model.LogisticRegression;
import crmcopilot.learning.model.ModelUpdate;
import crmcopilot.shared.CsvLimits;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Three agents of this process take part in one secure round through the HTTP API of the
 * test server: keys, encrypted shares, masked updates and unmasking shares.
 */
@CopilotIntegrationTest
class SecureAgentsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	AgentTokens tokens;

	@Autowired
	AgentFederation federation;

	@Autowired
	GlobalModelStore globals;

	@Test
	void should_publish_the_fedavg_of_three_agents_that_sent_only_masked_updates(@TempDir Path dir) throws Exception {
		// given three merchants with an agent token and their own rows
		AgentFederation.GlobalSnapshot start = this.federation.current();
		List<Path> files = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String slug = "secure-agent-" + UUID.randomUUID().toString().substring(0, 8);
			UUID merchant = this.workspaces
				.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Europe/Paris", PrivacyLevel.PRIVATE, false))
				.id();
			tokens.add(this.tokens.issue(merchant, "secure agent", "test"));
			Path csv = dir.resolve("merchant-" + i + ".csv");
			Files.write(csv, DemoMerchants.csv(2 + i, 300));
			files.add(csv);
		}

		// when their agents run one round under secure aggregation
		URI server = URI.create("http://127.0.0.1:" + this.port + "/");
		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			List<Future<FederatedAgent.Result>> results = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				FederatedAgent agent = new FederatedAgent(server, tokens.get(i), true);
				Path csv = files.get(i);
				results.add(threads.submit(() -> agent.run(csv, "purchased", 1, Duration.ofSeconds(120))));
			}
			for (Future<FederatedAgent.Result> result : results) {
				assertThat(result.get(150, TimeUnit.SECONDS).roundsSent()).isEqualTo(1);
			}
		}
		finally {
			threads.shutdownNow();
		}

		// then the next global model is the FedAvg of their local updates, learnt as a
		// sum
		GlobalModel published = this.globals.latest().orElseThrow();
		assertThat(published.version()).isEqualTo(start.version() + 1);
		assertThat(published.metrics()).containsEntry("secureAggregation", true)
			.containsEntry("contributing_merchants", 3);
		List<ModelUpdate> updates = new ArrayList<>();
		for (Path csv : files) {
			Dataset data = start.schema()
				.encode(CsvRows.read(Files.readAllBytes(csv), "file", CsvLimits.DEFAULT).rows(), "purchased", "");
			updates.add(new ModelUpdate(
					LogisticRegression.train(data, start.weights(), FederatedAgent.LOCAL.withSeed(start.version())),
					data.rows()));
		}
		double[] expected = Aggregation.fedAvg(updates);
		double[] actual = this.globals.weights(published).weights();
		for (int j = 0; j < expected.length; j++) {
			assertThat(actual[j]).isCloseTo(expected[j], within(1e-9));
		}
	}

}
