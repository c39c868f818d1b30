package crmcopilot.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.support.internal.Category;
import crmcopilot.support.internal.TriageSetups;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * First start: a workspace's defaults are created once whoever asks first, and readiness
 * reports the service ready only once start-up work is done; health watches the database
 * and the heap.
 */
@CopilotIntegrationTest
@Timeout(120)
class StartupRaceTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	TriageSetups setups;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JsonMapper json;

	@Test
	void should_create_default_categories_once_when_many_ask_at_the_same_time() throws Exception {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Premier démarrage");
		// one caller inside a long transaction of its own (as the demo seeding), the
		// others
		// as requests
		List<Callable<List<Category>>> callers = new ArrayList<>();
		callers.add(() -> this.transactions.execute((status) -> this.setups.ensureDefaults(workspace.id())));
		for (int i = 0; i < 7; i++) {
			callers.add(() -> this.setups.ensureDefaults(workspace.id()));
		}

		List<List<Category>> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(callers.size())) {
			for (Future<List<Category>> answer : pool.invokeAll(callers, 60, java.util.concurrent.TimeUnit.SECONDS)) {
				answers.add(answer.get());
			}
		}

		int expected = answers.get(0).size();
		assertThat(expected).isPositive();
		assertThat(answers).allSatisfy((categories) -> assertThat(categories).hasSize(expected));
		assertThat(this.setups.ensureDefaults(workspace.id())).hasSize(expected);
	}

	@Test
	void should_become_ready_and_report_database_and_heap_health() {
		TestSession api = TestSession.anonymous(this.port);
		await().atMost(Duration.ofSeconds(90)).until(() -> api.get("/actuator/health/readiness").statusCode() == 200);

		JsonNode health = this.json
			.readTree(api.get("/actuator/health", "Authorization", "Bearer test-bootstrap-token").body());

		assertThat(health.path("status").asString()).isEqualTo("UP");
		assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
		assertThat(health.path("components").path("heap").path("status").asString()).isEqualTo("UP");
	}

}
