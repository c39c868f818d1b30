package crmcopilot;

import java.util.Map;

import org.junit.jupiter.api.Test;

import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@CopilotIntegrationTest
class DemoWorkspaceIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Test
	void demo_workspace_exists_after_start() {
		assertThat(this.workspaces.demo()).map(Workspace::name).contains("Maison Démo");
	}

	@Test
	@SuppressWarnings("unchecked")
	void bootstrap_token_reaches_the_demo_workspace() {
		Map<String, Object> me = RestClient.create("http://127.0.0.1:" + this.port)
			.get()
			.uri("/api/v1/me")
			.header("Authorization", "Bearer test-bootstrap-token")
			.retrieve()
			.body(Map.class);
		assertThat(me).containsEntry("role", "ADMIN");
		assertThat((Map<String, Object>) me.get("workspace")).containsEntry("name", "Maison Démo");
	}

}
