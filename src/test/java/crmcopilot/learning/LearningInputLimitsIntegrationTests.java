package crmcopilot.learning;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.learning.internal.GlobalModel;
import crmcopilot.learning.internal.GlobalModelStore;
import crmcopilot.learning.internal.NonFiniteModelException;
import crmcopilot.learning.internal.Platform;
import crmcopilot.learning.internal.WeightStore;
import crmcopilot.learning.internal.demo.DemoMerchants;
import crmcopilot.learning.internal.federation.AgentFederation;
import crmcopilot.learning.internal.federation.AgentTokens;
import crmcopilot.learning.model.FeatureSchema;
import crmcopilot.learning.model.FederatedAveraging;
import crmcopilot.learning.model.WeightCodec;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CopilotIntegrationTest
class LearningInputLimitsIntegrationTests {

	private static final FeatureSchema SCHEMA = new FeatureSchema(
			List.of(FeatureSchema.Feature.numeric("pages", 0, 1)));

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	WeightStore weights;

	@Autowired
	GlobalModelStore globals;

	@Autowired
	AgentFederation federation;

	@Autowired
	AgentTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	TestMerchant merchant(Role role) throws Exception {
		return TestMerchant.create(this.port, this.workspaces, this.users, role);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "1e400" })
	void should_refuse_an_aggregation_with_a_non_finite_option_and_deploy_no_global_model(String mu) throws Exception {
		// given a contributor, so that only the option stands in the way
		TestMerchant contributor = merchant(Role.MANAGER);
		contributor.manager().csv("/api/ai-training/dataset?label=purchased", DemoMerchants.csv(4, 300));
		contributor.manager().json("PUT", "/api/ai-training/config", "{\"dataSources\": {\"federated\": true}}");
		TestMerchant ops = merchant(Role.OPS);
		int before = ops.manager().get("/api/ai-training/global-models").json().get("data").get("models").size();

		// when
		WebSession.Reply refused = ops.manager()
			.json("POST", "/api/ai-training/aggregate", "{\"minContributors\": 1, \"fedProxMu\": " + mu + "}");

		// then
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("success").asBoolean()).isFalse();
		assertThat(refused.json().get("error").get("field").asString()).isEqualTo("fedProxMu");
		assertThat(ops.manager().get("/api/ai-training/global-models").json().get("data").get("models"))
			.hasSize(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "trimFraction", "clipNorm", "noiseMultiplier" })
	void should_name_each_non_finite_aggregation_option(String field) throws Exception {
		TestMerchant ops = merchant(Role.OPS);

		WebSession.Reply refused = ops.manager()
			.json("POST", "/api/ai-training/aggregate", "{\"" + field + "\": \"NaN\"}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("error").get("field").asString()).isEqualTo(field);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"NaN\"", "\"Infinity\"", "1e400" })
	void should_refuse_a_non_finite_minimum_confidence(String value) throws Exception {
		TestMerchant merchant = merchant(Role.MANAGER);

		WebSession.Reply refused = merchant.manager()
			.json("PUT", "/api/ai-training/config", "{\"minConfidence\": " + value + "}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("error").get("field").asString()).isEqualTo("minConfidence");
		assertThat(merchant.manager().get("/api/ai-training/config").json().get("data").get("minConfidence").asDouble())
			.isEqualTo(0.8);
	}

	@Test
	void should_refuse_names_longer_than_their_column_naming_the_field() throws Exception {
		TestMerchant merchant = merchant(Role.MANAGER);
		String long6000 = "n".repeat(6000);

		WebSession.Reply token = merchant.manager().json("POST", "/api/ai-training/agent-token?name=" + long6000, "");
		WebSession.Reply dataset = merchant.manager()
			.csv("/api/ai-training/dataset?label=purchased&name=" + long6000, DemoMerchants.csv(4, 50));
		WebSession.Reply label = merchant.manager()
			.csv("/api/ai-training/dataset?label=" + "l".repeat(101), DemoMerchants.csv(4, 50));
		WebSession.Reply fits = merchant.manager()
			.json("POST", "/api/ai-training/agent-token?name=" + "n".repeat(120), "");

		assertThat(token.status()).isEqualTo(400);
		assertThat(token.json().get("error").get("field").asString()).isEqualTo("name");
		assertThat(dataset.status()).isEqualTo(400);
		assertThat(dataset.json().get("error").get("field").asString()).isEqualTo("name");
		assertThat(label.status()).isEqualTo(400);
		assertThat(label.json().get("error").get("field").asString()).isEqualTo("label");
		assertThat(fits.status()).isEqualTo(200);
	}

	@Test
	void should_refuse_a_deploy_reason_longer_than_two_thousand_characters() throws Exception {
		TestMerchant merchant = merchant(Role.MANAGER);

		WebSession.Reply refused = merchant.manager()
			.json("POST", "/api/ai-training/" + UUID.randomUUID() + "/deploy",
					"{\"force\": true, \"reason\": \"" + "r".repeat(2001) + "\"}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("error").get("field").asString()).isEqualTo("reason");
	}

	@Test
	void should_never_store_weights_or_a_global_model_that_are_not_finite() {
		UUID workspace = UUID.randomUUID();
		WeightStore.StoredWeights finite = this.weights.save(workspace, new double[] { 0.5, -0.25 }, SCHEMA);
		int before = this.globals.list(1000).size();

		assertThatThrownBy(() -> this.weights.save(workspace, new double[] { 0.5, Double.NaN }, SCHEMA))
			.isInstanceOf(NonFiniteModelException.class);
		assertThatThrownBy(() -> this.weights.save(workspace, new double[] { Double.POSITIVE_INFINITY }, SCHEMA))
			.isInstanceOf(NonFiniteModelException.class);
		assertThatThrownBy(() -> this.globals.save(FederatedAveraging.Method.FEDERATED_AVERAGING,
				Map.of("avg_auc", Double.NaN), List.of(), finite))
			.isInstanceOf(NonFiniteModelException.class);
		assertThatThrownBy(() -> this.globals.save(FederatedAveraging.Method.FEDERATED_AVERAGING,
				Map.of("rounds", List.of(Map.of("auc", Double.NEGATIVE_INFINITY))), List.of(), finite))
			.isInstanceOf(NonFiniteModelException.class);
		assertThat(this.globals.list(1000)).hasSize(before);
	}

	@Test
	void should_refuse_an_agent_update_with_non_finite_weights() {
		AgentFederation.GlobalSnapshot current = this.federation.current();
		double[] poisoned = current.weights().clone();
		poisoned[0] = Double.NaN;

		assertThatThrownBy(() -> this.federation.submit(UUID.randomUUID(), current.version(), 10, poisoned))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("weights"));
	}

	@Test
	void should_answer_an_agent_posting_non_finite_weights_with_a_400_naming_them() throws Exception {
		TestMerchant merchant = merchant(Role.MANAGER);
		String token = this.tokens.issue(merchant.workspace().id(), "agent", "test");
		AgentFederation.GlobalSnapshot current = this.federation.current();
		double[] poisoned = current.weights().clone();
		poisoned[0] = Double.POSITIVE_INFINITY;
		String body = this.json.writeValueAsString(
				Map.of("baseVersion", current.version(), "examples", 10, "weights", WeightCodec.toBase64(poisoned)));

		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/hooks/learning/agent/update"))
				.header("Content-Type", "application/json")
				.header("X-Merchant-Token", token)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(response.body()).get("error").get("field").asString()).isEqualTo("weights");
	}

	@Test
	void should_pass_over_a_global_model_stored_with_non_finite_weights() {
		Optional<GlobalModel> before = this.globals.latest();
		UUID weights = poisonedWeights(Platform.WORKSPACE);
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO marketing_ai_global_models (id, workspace_id, version, metrics, contributing_runs, "
					+ "model_weights_hash, weights_id, deployed, created_at) "
					+ "SELECT ?, ?, COALESCE(MAX(version), 0) + 1, '{\"avg_auc\": 0.0}', '[]', 'x', ?, TRUE, "
					+ "CURRENT_TIMESTAMP FROM marketing_ai_global_models")
			.params(id, Platform.WORKSPACE, weights)
			.update();
		try {
			assertThat(this.globals.latest().map(GlobalModel::id)).isEqualTo(before.map(GlobalModel::id));
		}
		finally {
			this.jdbc.sql("DELETE FROM marketing_ai_global_models WHERE id = ?").param(id).update();
		}
	}

	@Test
	void should_never_deploy_a_run_stored_with_non_finite_weights() throws Exception {
		TestMerchant merchant = merchant(Role.MANAGER);
		UUID workspace = merchant.workspace().id();
		UUID run = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO marketing_ai_training_runs (id, workspace_id, merchant_id, model_version, model_type, "
					+ "training_data, metrics, source_type, model_weights_hash, weights_id, training_duration_ms, "
					+ "created_at) VALUES (?, ?, ?, 'v1', 'local', '{}', '{\"auc\": 0.0}', 'internal', 'x', ?, 1, "
					+ "CURRENT_TIMESTAMP)")
			.params(run, workspace, workspace, poisonedWeights(workspace))
			.update();

		WebSession.Reply refused = merchant.manager().json("POST", "/api/ai-training/" + run + "/deploy", "");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("error").get("code").asString()).isEqualTo("non_finite_model");
		JsonNode version = merchant.manager().get("/api/ai-training/config").json().get("data").path("modelVersion");
		assertThat(version.isNull() || version.isMissingNode()).isTrue();
	}

	/** Weights written as they were before they were checked. */
	private UUID poisonedWeights(UUID workspace) {
		byte[] bytes = WeightCodec.toBytes(new double[] { Double.NaN, 1.0 });
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO marketing_ai_model_weights (id, workspace_id, sha256, dimension, feature_schema, "
					+ "weights, created_at) VALUES (?, ?, ?, 2, ?, ?, CURRENT_TIMESTAMP)")
			.params(id, workspace, WeightCodec.sha256(bytes), this.json.writeValueAsString(SCHEMA), bytes)
			.update();
		return id;
	}

}
