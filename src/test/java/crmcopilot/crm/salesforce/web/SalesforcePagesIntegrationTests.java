package crmcopilot.crm.salesforce.web;

import java.net.http.HttpResponse;
import java.util.Map;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUser;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CopilotIntegrationTest
class SalesforcePagesIntegrationTests {

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@LocalServerPort
	int port;

	@Test
	void should_show_the_connection_page_and_explain_what_to_configure() {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Salesforce pages");
		WorkspaceUser admin = TestWorkspaces.user(this.users, workspace, Role.ADMIN);
		TestSession session = TestSession.signedIn(this.port, admin.email(), TestWorkspaces.PASSWORD);

		HttpResponse<String> page = session.get("/opportunities/salesforce");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"sf-connect\"").contains("/opportunities/salesforce/callback");

		HttpResponse<String> refused = session.submit("/opportunities/salesforce/connect", Map.of("host", "login"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"sf-error\"").contains("COPILOT_SALESFORCE_CLIENT_ID");
	}

}
