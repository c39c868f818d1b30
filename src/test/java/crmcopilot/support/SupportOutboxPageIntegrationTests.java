package crmcopilot.support;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.shared.outbox.OutboxMessage;
import crmcopilot.shared.outbox.OutboxStatus;
import crmcopilot.support.internal.OutboxKinds;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@CopilotIntegrationTest
class SupportOutboxPageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_agent_lists_filters_and_retries_failed_deliveries() {
		SupportWebSession agent = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);
		UUID workspace = agent.workspace.id();
		UUID pending = this.outbox.enqueue(new OutboxMessage(workspace, OutboxKinds.EMAIL, "claire@client.test",
				"Re: colis", "Bonjour", Map.of(), null));
		UUID failed = this.outbox.enqueue(new OutboxMessage(workspace, OutboxKinds.WEBHOOK, "http://127.0.0.1:9/hook",
				null, "{}", Map.of(), null));
		this.jdbc.sql("UPDATE outbox SET status = 'FAILED', attempts = 20, last_error = ? WHERE id = ?")
			.params("HTTP 500 from hooks.example.test", failed)
			.update();

		String all = agent.get("/support/outbox").body();
		assertThat(all).contains("outbox-table").contains("claire@client.test").contains("HTTP 500 from hooks");
		assertThat(all).contains("L&#39;envoi a échoué")
			.contains("En attente (1)")
			.contains("Envoyé (0)")
			.doesNotContain("(null)");
		assertThat(all).contains("/support/outbox/" + failed + "/retry")
			.doesNotContain("/support/outbox/" + pending + "/retry");
		String onlyFailed = agent.get("/support/outbox?status=FAILED").body();
		assertThat(onlyFailed).contains("HTTP 500 from hooks").doesNotContain("claire@client.test");
		assertThat(agent.get("/support/outbox?status=bogus").statusCode()).isEqualTo(400);

		HttpResponse<String> retried = agent.form("/support/outbox/" + failed + "/retry", Map.of());

		assertThat(retried.statusCode()).isEqualTo(302);
		OutboxItem after = this.outbox.find(workspace, failed).orElseThrow();
		assertThat(after.status()).isNotEqualTo(OutboxStatus.FAILED);
		assertThat(after.attempts()).isLessThan(20);
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM audit_entries WHERE workspace_id = ? AND action = 'support.outbox.retried'")
			.params(workspace)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void another_workspaces_delivery_cannot_be_retried() {
		SupportWebSession agent = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);
		UUID other = SupportWebSession.newWorkspace(this.workspaces).id();
		UUID foreign = this.outbox.enqueue(
				new OutboxMessage(other, OutboxKinds.WEBHOOK, "http://127.0.0.1:9/hook", null, "{}", Map.of(), null));
		this.jdbc.sql("UPDATE outbox SET status = 'FAILED' WHERE id = ?").params(foreign).update();

		assertThat(agent.form("/support/outbox/" + foreign + "/retry", Map.of()).statusCode()).isEqualTo(404);
		assertThat(agent.get("/support/outbox").body()).doesNotContain(foreign.toString());
		assertThat(this.outbox.find(other, foreign).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED);
	}

	@Test
	void a_viewer_cannot_see_the_outbox() {
		SupportWebSession viewer = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.VIEWER);

		assertThat(viewer.get("/support/outbox").statusCode()).isEqualTo(403);
	}

}
