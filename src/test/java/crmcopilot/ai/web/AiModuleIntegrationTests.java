package crmcopilot.ai.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.ai.AiGateway;
import crmcopilot.ai.FakeChatServer;
import crmcopilot.ai.FakeChatServer.Reply;
import crmcopilot.ai.SentimentTask;
import crmcopilot.ai.TaskOutcome;
import crmcopilot.ai.internal.AiCall;
import crmcopilot.ai.internal.JdbcAiCallLog;
import crmcopilot.ai.internal.PromptLibrary;
import crmcopilot.ai.internal.ResolvedPrompt;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceSettings;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CopilotIntegrationTest
class AiModuleIntegrationTests {

	private static final String PASSWORD = "a-long-test-password";

	private static final String VALID = "{\"label\":\"positive\",\"confidence\":0.9,\"summary\":\"Client ravi.\",\"contact\":null}";

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	WorkspaceSettings settings;

	@Autowired
	AiGateway gateway;

	@Autowired
	JdbcAiCallLog calls;

	@Autowired
	JsonMapper json;

	@Autowired
	PromptLibrary prompts;

	private final FakeChatServer server = new FakeChatServer();

	@AfterEach
	void stop() {
		this.server.close();
	}

	private Workspace newWorkspace() {
		String slug = "ai-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces
			.create(new Workspaces.NewWorkspace(slug, "AI " + slug, "fr", "Europe/Paris", PrivacyLevel.PRIVATE, false));
	}

	private BrowserlessSession signIn(Workspace workspace, Role role) {
		String email = role.name().toLowerCase() + "@" + workspace.slug() + ".test";
		this.users.create(workspace.id(), email, role.name(), role, PASSWORD);
		return BrowserlessSession.signIn(this.port, email, PASSWORD);
	}

	@Test
	void a_manager_overrides_a_prompt_compares_and_reverts_and_calls_record_the_version_used() {
		Workspace workspace = newWorkspace();
		BrowserlessSession manager = signIn(workspace, Role.MANAGER);
		assertThat(manager.get("/ai/prompts").body()).contains("test-sentiment");

		HttpResponse<String> saved = manager.post("/ai/prompts/test-sentiment/fr",
				Map.of("body", "Donne le sentiment de :\n{message}\n", "note", "plus court"));
		assertThat(saved.statusCode()).isEqualTo(302);
		TaskOutcome<SentimentTask.Sentiment> outcome = this.gateway.run(workspace.id(), new SentimentTask(),
				new SentimentTask.Message("Merci, parfait", "fr"));
		assertThat(outcome.promptVersion()).isEqualTo(3);

		String page = manager.get("/ai/prompts/test-sentiment/fr").body();
		assertThat(page).contains("Donne le sentiment de", "plus court", "v3", "v2");
		String diff = manager.get("/ai/prompts/test-sentiment/fr/diff?from=2&fromSource=file&to=3&toSource=workspace")
			.body();
		assertThat(diff).contains("+ Donne le sentiment de :", "- Rôle : tu lis un message client");

		manager.post("/ai/prompts/test-sentiment/fr/revert", Map.of("version", "2", "source", "file"));
		assertThat(
				this.gateway.run(workspace.id(), new SentimentTask(), new SentimentTask.Message("Merci, parfait", "fr"))
					.promptVersion())
			.isEqualTo(4);
		assertThat(manager.get("/ai/prompts/test-sentiment/fr").body()).contains("revert to file v2");
		List<AiCall> latest = this.calls.latest(workspace.id(), 5);
		assertThat(latest).extracting(AiCall::promptVersion).containsExactly(4, 3);
		assertThat(latest).extracting(AiCall::promptSource).containsOnly("workspace");
	}

	@Test
	void an_admin_points_the_workspace_at_a_provider_whose_key_is_stored_encrypted_and_never_shown() {
		Workspace workspace = newWorkspace();
		BrowserlessSession admin = signIn(workspace, Role.ADMIN);
		this.server.byDefault((request) -> Reply.completion(VALID, 400, 50));
		HttpResponse<String> saved = admin.post("/ai/settings", Map.of("provider", "openai-compatible", "baseUrl",
				this.server.baseUrl(), "model", "gpt-4o-mini", "apiKey", "sk-workspace-secret-42"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(admin.get("/ai/settings").body()).doesNotContain("sk-workspace-secret-42")
			.contains("openai-compatible");
		assertThat(this.settings.get(workspace.id(), "ai.llm.api-key")).get()
			.asString()
			.doesNotContain("sk-workspace-secret-42");

		TaskOutcome<SentimentTask.Sentiment> outcome = this.gateway.run(workspace.id(), new SentimentTask(),
				new SentimentTask.Message("Merci beaucoup !", "fr"));
		assertThat(outcome.engine()).isEqualTo("openai-compatible");
		assertThat(this.server.last().header("Authorization")).isEqualTo("Bearer sk-workspace-secret-42");

		HttpResponse<String> trial = admin.post("/ai/prompts/test-sentiment/fr/try",
				Map.of("body", "Sentiment de : {message}", "variables", "message=Livraison parfaite"));
		assertThat(trial.body()).contains("Sentiment de : Livraison parfaite", "Client ravi.");

		HttpResponse<String> usage = admin.get("/api/v1/ai/usage?from=" + LocalDate.now(ZoneOffset.UTC).minusDays(1));
		assertThat(usage.statusCode()).isEqualTo(200);
		JsonNode report = this.json.readTree(usage.body());
		assertThat(report.path("total").path("calls").asLong()).isEqualTo(2);
		JsonNode group = report.path("byTaskAndProvider").get(0);
		assertThat(group.path("task").asString()).isEqualTo("test-sentiment");
		assertThat(group.path("provider").asString()).isEqualTo("openai-compatible");
		assertThat(group.path("inputTokens").asLong()).isEqualTo(800);
		assertThat(group.path("costUsd").asDouble()).isGreaterThan(0);
		assertThat(report.path("byDay")).hasSize(2);
		assertThat(admin.get("/ai/usage").body()).contains("ai-usage-chart", "test-sentiment");

		admin.post("/ai/settings", Map.of("provider", ""));
		assertThat(this.gateway.run(workspace.id(), new SentimentTask(), new SentimentTask.Message("Merci", "fr"))
			.offline()).isTrue();
	}

	@Test
	void usage_is_scoped_to_the_workspace_and_guarded_by_permission() {
		Workspace first = newWorkspace();
		Workspace second = newWorkspace();
		this.gateway.run(first.id(), new SentimentTask(), new SentimentTask.Message("Merci", "fr"));
		BrowserlessSession otherAdmin = signIn(second, Role.ADMIN);
		JsonNode report = this.json.readTree(otherAdmin.get("/api/v1/ai/usage").body());
		assertThat(report.path("total").path("calls").asLong()).isZero();
		HttpResponse<String> home = otherAdmin.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Appels IA (7 jours)", "Usage IA");
		BrowserlessSession agent = signIn(second, Role.AGENT);
		assertThat(agent.get("/api/v1/ai/usage").statusCode()).isEqualTo(403);
		assertThat(agent.get("/ai/prompts").statusCode()).isEqualTo(403);
		BrowserlessSession manager = signIn(second, Role.MANAGER);
		assertThat(manager.get("/ai/settings").statusCode()).isEqualTo(403);
		assertThat(manager.get("/ai/prompts/no-such-task/fr").statusCode()).isEqualTo(404);
	}

	@Test
	void the_pages_speak_english_too() {
		BrowserlessSession admin = signIn(newWorkspace(), Role.ADMIN);
		assertThat(admin.get("/ai/usage?lang=en").body()).contains("AI usage", "Latency p95", "Fallback rate");
		assertThat(admin.get("/ai/prompts").body()).contains("Prompt library", "shipped file");
		assertThat(admin.get("/ai/prompts/test-sentiment/en").body()).contains("Try it", "Role: you read");
		assertThat(admin.get("/ai/settings").body()).contains("Workspace AI provider", "No key stored.");
	}

	@Test
	void a_bad_usage_period_is_a_400_naming_the_field() {
		BrowserlessSession admin = signIn(newWorkspace(), Role.ADMIN);
		HttpResponse<String> response = admin.get("/api/v1/ai/usage?from=2026-05-10&to=2026-05-01");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("from");
	}

	@Test
	void an_empty_prompt_is_refused_in_french_next_to_its_text() {
		Workspace workspace = newWorkspace();
		BrowserlessSession manager = signIn(workspace, Role.MANAGER);

		HttpResponse<String> refused = manager.post("/ai/prompts/test-sentiment/fr",
				Map.of("body", "  ", "note", "x".repeat(301)));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).containsPattern("<p [^>]*id=\"body-error\"[^>]*>Le prompt est vide.</p>")
			.containsPattern("<p [^>]*id=\"note-error\"[^>]*>La note est limitée à 300 caractères.</p>");
		assertThat(this.prompts.history(workspace.id(), "test-sentiment", "fr"))
			.noneMatch((version) -> ResolvedPrompt.WORKSPACE.equals(version.source()));
	}

	@Test
	void a_provider_setting_that_cannot_work_is_refused_with_a_message() {
		Workspace workspace = newWorkspace();
		BrowserlessSession admin = signIn(workspace, Role.ADMIN);
		HttpResponse<String> refused = admin.post("/ai/settings",
				Map.of("provider", "azure", "baseUrl", "ftp://example"));
		assertThat(this.settings.get(workspace.id(), "ai.llm.provider")).isEmpty();
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).containsPattern("id=\"baseUrl\"[^>]*>\\s*<p [^>]*id=\"baseUrl-error\"[^>]*>"
				+ "L&#39;URL de base doit être une URL http\\(s\\) : ftp://example");
	}

}
