package crmcopilot.learning;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.audit.AuditJournal;
import crmcopilot.shared.PageQuery;
import crmcopilot.learning.internal.demo.DemoMerchants;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CopilotIntegrationTest
class LearningApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	AuditJournal journal;

	TestMerchant merchant(Role role) throws Exception {
		return TestMerchant.create(this.port, this.workspaces, this.users, role);
	}

	@Test
	void should_train_on_imported_rows_and_answer_in_the_envelope() throws Exception {
		// given
		TestMerchant merchant = merchant(Role.MANAGER);
		assertThat(
				merchant.manager().csv("/api/ai-training/dataset?label=purchased", DemoMerchants.csv(5, 400)).status())
			.isEqualTo(200);

		// when
		WebSession.Reply trained = merchant.manager().json("POST", "/api/ai-training/train", "");

		// then
		assertThat(trained.status()).isEqualTo(200);
		JsonNode json = trained.json();
		assertThat(json.get("success").asBoolean()).isTrue();
		JsonNode data = json.get("data");
		assertThat(data.get("modelVersion").asString()).isEqualTo("v1");
		assertThat(data.get("modelType").asString()).isEqualTo("local");
		assertThat(data.get("metrics").get("accuracy").asDouble()).isBetween(0.0, 1.0);
		assertThat(data.get("metrics").get("auc").asDouble()).isGreaterThan(0.6);
		assertThat(data.get("metrics").has("predictedUplift")).isTrue();
		assertThat(data.get("metrics").get("confidence").asDouble()).isBetween(0.0, 1.0);
		assertThat(data.get("modelWeightsHash").asString()).hasSize(64);

		WebSession.Reply runs = merchant.manager().get("/api/ai-training/runs");
		assertThat(runs.json().get("data").get("runs")).hasSize(1);

		WebSession.Reply deployed = merchant.manager()
			.json("POST", "/api/ai-training/" + data.get("id").asString() + "/deploy", "");
		assertThat(deployed.json().get("data").get("deployed").asBoolean()).isTrue();
		assertThat(merchant.manager().get("/api/ai-training/config").json().get("data").get("modelVersion").asString())
			.isEqualTo("v1");
	}

	@Test
	void should_refuse_a_worse_deploy_unless_forced_with_a_reason_and_roll_back() throws Exception {
		// given v1 deployed, and v2 trained on the same rows with the labels flipped
		TestMerchant merchant = merchant(Role.MANAGER);
		byte[] rows = DemoMerchants.csv(5, 400);
		merchant.manager().csv("/api/ai-training/dataset?label=purchased", rows);
		String v1 = merchant.manager()
			.json("POST", "/api/ai-training/train", "")
			.json()
			.get("data")
			.get("id")
			.asString();
		assertThat(merchant.manager().json("POST", "/api/ai-training/" + v1 + "/deploy", "").status()).isEqualTo(200);
		merchant.manager().csv("/api/ai-training/dataset?label=purchased", flipped(rows));
		String v2 = merchant.manager()
			.json("POST", "/api/ai-training/train", "")
			.json()
			.get("data")
			.get("id")
			.asString();
		merchant.manager().csv("/api/ai-training/dataset?label=purchased", rows);

		// when
		WebSession.Reply refused = merchant.manager().json("POST", "/api/ai-training/" + v2 + "/deploy", "");
		WebSession.Reply noReason = merchant.manager()
			.json("POST", "/api/ai-training/" + v2 + "/deploy", "{\"force\": true}");
		WebSession.Reply forced = merchant.manager()
			.json("POST", "/api/ai-training/" + v2 + "/deploy", "{\"force\": true, \"reason\": \"essai\"}");
		String forcedVersion = merchant.manager()
			.get("/api/ai-training/config")
			.json()
			.get("data")
			.get("modelVersion")
			.asString();
		WebSession.Reply rollback = merchant.manager()
			.json("POST", "/api/ai-training/rollback", "{\"reason\": \"v2 moins bon\"}");

		// then
		assertThat(refused.status()).isEqualTo(409);
		JsonNode error = refused.json().get("error");
		assertThat(error.get("code").asString()).isEqualTo("worse_than_deployed");
		assertThat(error.get("candidateVersion").asString()).isEqualTo("v2");
		assertThat(error.get("deployedVersion").asString()).isEqualTo("v1");
		assertThat(error.get("candidateAuc").asDouble()).isLessThan(error.get("deployedAuc").asDouble());
		assertThat(error.get("message").asString()).contains("v1").contains("v2");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("error").get("field").asString()).isEqualTo("reason");
		assertThat(forced.status()).isEqualTo(200);
		assertThat(forcedVersion).isEqualTo("v2");
		assertThat(rollback.status()).isEqualTo(200);
		assertThat(rollback.json().get("data").get("modelVersion").asString()).isEqualTo("v1");
		assertThat(merchant.manager().get("/api/ai-training/config").json().get("data").get("modelVersion").asString())
			.isEqualTo("v1");
		JsonNode history = merchant.manager().get("/api/ai-training/deployments").json().get("data").get("deployments");
		assertThat(history).hasSize(3);
		assertThat(history.get(0).get("action").asString()).isEqualTo("rollback");
		assertThat(history.get(0).get("modelVersion").asString()).isEqualTo("v1");
		assertThat(history.get(1).get("forced").asBoolean()).isTrue();
		assertThat(history.get(1).get("reason").asString()).isEqualTo("essai");
		assertThat(history.get(1).get("candidateAuc").asDouble())
			.isLessThan(history.get(1).get("deployedAuc").asDouble());
		assertThat(this.journal
			.search(merchant.workspace().id(),
					new AuditJournal.Filter(null, "learning.model.rolled-back", null, null, null), PageQuery.of(0, 10))
			.items()).singleElement().satisfies((entry) -> assertThat(entry.reason()).isEqualTo("v2 moins bon"));
		assertThat(this.journal
			.search(merchant.workspace().id(),
					new AuditJournal.Filter(null, "learning.model.deployed", null, null, null), PageQuery.of(0, 10))
			.items()).hasSize(2);
	}

	@Test
	void should_have_nothing_to_roll_back_before_a_second_deploy() throws Exception {
		TestMerchant merchant = merchant(Role.MANAGER);

		WebSession.Reply rollback = merchant.manager().json("POST", "/api/ai-training/rollback", "");

		assertThat(rollback.status()).isEqualTo(400);
		assertThat(rollback.json().get("error").get("field").asString()).isEqualTo("rollback");
	}

	/** The same rows with the label (last column) flipped. */
	static byte[] flipped(byte[] csv) {
		String[] lines = new String(csv, StandardCharsets.UTF_8).split("\n");
		StringBuilder out = new StringBuilder(lines[0]).append('\n');
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i];
			char label = line.charAt(line.length() - 1);
			out.append(line, 0, line.length() - 1).append((label == '1') ? '0' : '1').append('\n');
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void should_refuse_a_bad_configuration_naming_the_field() throws Exception {
		TestMerchant merchant = merchant(Role.MANAGER);

		WebSession.Reply frequency = merchant.manager()
			.json("PUT", "/api/ai-training/config", "{\"trainingFrequency\": \"hourly\"}");
		WebSession.Reply confidence = merchant.manager()
			.json("PUT", "/api/ai-training/config", "{\"minConfidence\": 1.5}");
		WebSession.Reply good = merchant.manager()
			.json("PUT", "/api/ai-training/config",
					"{\"trainingFrequency\": \"daily\", \"minConfidence\": 0.7, \"dataSources\": {\"federated\": true}}");

		assertThat(frequency.status()).isEqualTo(400);
		assertThat(frequency.json().get("success").asBoolean()).isFalse();
		assertThat(frequency.json().get("error").get("field").asString()).isEqualTo("trainingFrequency");
		assertThat(confidence.status()).isEqualTo(400);
		assertThat(confidence.json().get("error").get("field").asString()).isEqualTo("minConfidence");
		assertThat(good.status()).isEqualTo(200);
		JsonNode config = good.json().get("data");
		assertThat(config.get("trainingFrequency").asString()).isEqualTo("daily");
		assertThat(config.get("personalizationLevel").asString()).isEqualTo("medium");
		assertThat(config.get("dataSources").get("federated").asBoolean()).isTrue();
		assertThat(config.get("dataSources").get("internal").asBoolean()).isTrue();
	}

	@Test
	void ops_only_endpoints_refuse_other_roles() throws Exception {
		TestMerchant merchant = merchant(Role.MANAGER);

		WebSession.Reply aggregate = merchant.manager()
			.json("POST", "/api/ai-training/aggregate", "{\"minContributors\": 1}");
		WebSession.Reply job = merchant.manager()
			.json("POST", "/api/ai-training/crawler-job",
					"{\"jobType\": \"competitor_pricing\", \"targetUrls\": [\"http://127.0.0.1:9/p\"], \"priority\": 5}");

		assertThat(aggregate.status()).isEqualTo(403);
		assertThat(aggregate.json().get("success").asBoolean()).isFalse();
		assertThat(job.status()).isEqualTo(403);
	}

	@Test
	void aggregate_fails_clearly_below_min_contributors_and_reports_its_metrics() throws Exception {
		TestMerchant ops = merchant(Role.OPS);
		for (int i = 0; i < 2; i++) {
			TestMerchant contributor = merchant(Role.MANAGER);
			contributor.manager().csv("/api/ai-training/dataset?label=purchased", DemoMerchants.csv(3 + i, 300));
			contributor.manager().json("PUT", "/api/ai-training/config", "{\"dataSources\": {\"federated\": true}}");
		}

		WebSession.Reply refused = ops.manager()
			.json("POST", "/api/ai-training/aggregate", "{\"minContributors\": 100000}");
		WebSession.Reply done = ops.manager()
			.json("POST", "/api/ai-training/aggregate", "{\"minContributors\": 2, \"rounds\": 5}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("error").get("code").asString()).isEqualTo("not_enough_contributors");
		assertThat(refused.json().get("error").get("required").asInt()).isEqualTo(100000);
		assertThat(done.status()).isEqualTo(200);
		JsonNode data = done.json().get("data");
		assertThat(data.get("version").asInt()).isPositive();
		assertThat(data.get("metrics").get("avg_accuracy").asDouble()).isBetween(0.0, 1.0);
		assertThat(data.get("metrics").get("contributing_merchants").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(data.get("metrics").get("total_data_points").asLong()).isPositive();
		assertThat(data.get("metrics").get("rounds")).hasSize(5);
	}

	@Test
	void ops_create_crawler_jobs_with_validation() throws Exception {
		TestMerchant ops = merchant(Role.OPS);

		WebSession.Reply bad = ops.manager()
			.json("POST", "/api/ai-training/crawler-job",
					"{\"jobType\": \"competitor_pricing\", \"targetUrls\": [\"ftp://x\"], \"priority\": 5}");
		WebSession.Reply good = ops.manager()
			.json("POST", "/api/ai-training/crawler-job",
					"{\"jobType\": \"discount_analysis\", \"targetUrls\": [\"http://127.0.0.1:9/p\"], \"filters\": {\"category\": \"sacs\"}, \"priority\": 8}");

		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("error").get("field").asString()).isEqualTo("targetUrls");
		assertThat(good.status()).isEqualTo(200);
		assertThat(good.json().get("data").get("status").asString()).isEqualTo("pending");
		assertThat(good.json().get("data").get("priority").asInt()).isEqualTo(8);
	}

	@Test
	void a_merchant_never_sees_or_deploys_another_merchants_runs() throws Exception {
		TestMerchant a = merchant(Role.MANAGER);
		TestMerchant b = merchant(Role.MANAGER);
		a.manager().csv("/api/ai-training/dataset?label=purchased", DemoMerchants.csv(4, 300));
		String runId = a.manager().json("POST", "/api/ai-training/train", "").json().get("data").get("id").asString();

		WebSession.Reply runsOfB = b.manager().get("/api/ai-training/runs");
		WebSession.Reply deployByB = b.manager().json("POST", "/api/ai-training/" + runId + "/deploy", "");
		WebSession.Reply trainB = b.manager().json("POST", "/api/ai-training/train", "");

		assertThat(runsOfB.json().get("data").get("runs")).isEmpty();
		assertThat(deployByB.status()).isEqualTo(404);
		assertThat(trainB.status()).isEqualTo(400);
		assertThat(trainB.json().get("error").get("field").asString()).isEqualTo("dataset");
	}

	@Test
	void the_monitor_page_shows_runs_in_french_and_english() throws Exception {
		TestMerchant merchant = merchant(Role.MANAGER);
		merchant.manager().csv("/api/ai-training/dataset?label=purchased", DemoMerchants.csv(6, 300));
		merchant.manager().form("/learning/train", "x=1");

		String french = merchant.manager().get("/learning").body();
		String english = merchant.manager().get("/learning?lang=en").body();

		assertThat(french).contains("Moniteur IA")
			.contains("Historique des entraînements")
			.contains("data-run=")
			.contains("Comparaison sur vos données de test")
			.contains("Historique des versions");
		assertThat(english).contains("AI monitor").contains("Training history");
	}

}
