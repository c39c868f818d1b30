package crmcopilot.support;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@CopilotIntegrationTest
class SupportApiIntegrationTests {

	static final String REFUND = """
			{"channel":"email","from":"claire.dupont@exemple.fr","subject":"Remboursement commande 48213",
			 "body":"Bonjour, je souhaite être remboursée de ma commande 48213, la robe ne me va pas. Comment faire ?\\n\\nCordialement,\\nClaire",
			 "externalId":"%s"}""";

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_french_refund_request_returns_exactly_the_triage_keys_and_category_remboursement() {
		SupportWebSession agent = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);

		HttpResponse<String> response = agent.postJson("/api/v1/support/messages", REFUND.formatted(UUID.randomUUID()));

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode triage = this.json.readTree(response.body());
		assertThat(triage.propertyNames()).containsExactlyInAnyOrder("resume", "categorie", "priorite", "reponse",
				"action", "langue", "confiance", "raisons", "article");
		assertThat(triage.get("categorie").asString()).isEqualTo("Remboursement");
		assertThat(triage.get("langue").asString()).isEqualTo("fr");
		assertThat(triage.get("priorite").asString()).isEqualTo("Normale");
		// a new workspace has no knowledge base: nothing grounds a reply, so a human
		// answers
		assertThat(triage.get("action").asString()).isEqualTo("escalade");
		assertThat(triage.get("raisons").get("action").asString()).contains("not-grounded");
		assertThat(response.headers().firstValue("X-Support-Ticket-Id")).isPresent();
	}

	@Test
	void the_same_external_id_is_stored_once() {
		SupportWebSession agent = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);
		String body = REFUND.formatted("dup-" + UUID.randomUUID());

		HttpResponse<String> first = agent.postJson("/api/v1/support/messages", body);
		HttpResponse<String> second = agent.postJson("/api/v1/support/messages", body);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.headers().firstValue("X-Support-Duplicate")).contains("true");
		assertThat(second.headers().firstValue("X-Support-Message-Id"))
			.isEqualTo(first.headers().firstValue("X-Support-Message-Id"));
		long stored = this.jdbc.sql("SELECT COUNT(*) FROM support_message WHERE workspace_id = ? AND direction = 'in'")
			.params(agent.workspace.id())
			.query(Long.class)
			.single();
		assertThat(stored).isEqualTo(1);
	}

	@Test
	void a_message_without_body_is_rejected_naming_the_field() {
		SupportWebSession agent = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);

		HttpResponse<String> response = agent.postJson("/api/v1/support/messages",
				"{\"channel\":\"email\",\"from\":\"a@b.fr\",\"body\":\"\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(response.body()).get("field").asString()).isEqualTo("body");
	}

	@Test
	void another_workspace_sees_neither_the_message_nor_the_ticket() {
		SupportWebSession owner = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);
		SupportWebSession stranger = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.ADMIN);
		HttpResponse<String> created = owner.postJson("/api/v1/support/messages", REFUND.formatted(UUID.randomUUID()));
		String messageId = created.headers().firstValue("X-Support-Message-Id").orElseThrow();
		String ticketId = created.headers().firstValue("X-Support-Ticket-Id").orElseThrow();

		assertThat(owner.get("/api/v1/support/messages/" + messageId).statusCode()).isEqualTo(200);
		assertThat(stranger.get("/api/v1/support/messages/" + messageId).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/support/tickets/" + ticketId).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/support/tickets/" + ticketId).statusCode()).isEqualTo(404);
		assertThat(stranger.form("/support/tickets/" + ticketId + "/reply", Map.of("text", "hello")).statusCode())
			.isEqualTo(404);
		assertThat(stranger
			.form("/support/tickets/" + ticketId + "/correct", Map.of("field", "categorie", "value", "Autre"))
			.statusCode()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/support/tickets").body()).doesNotContain(ticketId);
	}

	@Test
	void kpis_count_the_workspace_messages() {
		SupportWebSession agent = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);
		agent.postJson("/api/v1/support/messages", REFUND.formatted(UUID.randomUUID()));

		JsonNode kpis = this.json.readTree(agent.get("/api/v1/support/kpis").body());

		assertThat(kpis.get("messages").asLong()).isEqualTo(1);
		assertThat(kpis.get("escalade").asLong()).isEqualTo(1);
		assertThat(kpis.get("backlog").asLong()).isEqualTo(1);
		assertThat(kpis.get("minutesPerMessage").asInt()).isEqualTo(8);
	}

}
