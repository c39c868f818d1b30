package crmcopilot.workspace;

import java.net.http.HttpResponse;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.workspace.internal.AccountService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators create merchants' workspaces through the API. */
@CopilotIntegrationTest
class OpsWorkspacesTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	AccountService accounts;

	@Autowired
	Permissions permissions;

	@Test
	void should_create_a_workspace_and_show_its_first_admin_token_once() {
		String ops = token(Role.OPS);

		HttpResponse<String> created = post(ops, """
				{"name":"Boutique Téranga","locale":"fr","timeZone":"Africa/Dakar"}""");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).contains("\"name\":\"Boutique Téranga\"")
			.contains("\"slug\":\"boutique-teranga")
			.contains("\"timeZone\":\"Africa/Dakar\"");
		String adminToken = created.body().replaceAll(".*\"adminToken\":\"([^\"]+)\".*", "$1");
		HttpResponse<String> me = TestSession.anonymous(this.port)
			.get("/api/v1/me", "Authorization", "Bearer " + adminToken);
		assertThat(me.body()).contains("\"role\":\"ADMIN\"").contains("Boutique Téranga");
	}

	@Test
	void should_refuse_workspaces_to_other_roles_and_bad_settings() {
		assertThat(post(token(Role.ADMIN), "{\"name\":\"X\",\"locale\":\"fr\",\"timeZone\":\"Africa/Dakar\"}")
			.statusCode()).isEqualTo(403);

		HttpResponse<String> badZone = post(token(Role.OPS),
				"{\"name\":\"X\",\"locale\":\"fr\",\"timeZone\":\"Mars/Olympus\"}");
		assertThat(badZone.statusCode()).isEqualTo(400);
		assertThat(badZone.body()).contains("timeZone");
	}

	@Test
	void should_leave_the_caller_argument_out_of_the_openapi_document() {
		HttpResponse<String> document = TestSession.anonymous(this.port).get("/api-docs");

		assertThat(document.statusCode()).isEqualTo(200);
		assertThat(document.body()).contains("/api/v1/ops/workspaces").doesNotContain("\"name\":\"caller\"");
	}

	private HttpResponse<String> post(String token, String json) {
		return TestSession.anonymous(this.port)
			.send("POST", "/api/v1/ops/workspaces", "application/json", json, "Authorization", "Bearer " + token);
	}

	private String token(Role role) {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Ops");
		return this.accounts
			.issueToken(TestWorkspaces.admin(workspace, this.permissions.of(Role.ADMIN)), "ops", role, null)
			.value();
	}

}
