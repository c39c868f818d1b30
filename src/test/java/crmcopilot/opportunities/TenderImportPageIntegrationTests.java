package crmcopilot.opportunities;

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
class TenderImportPageIntegrationTests {

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@LocalServerPort
	int port;

	@Test
	void should_report_the_sample_listing_problems_in_the_page_language() {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Tender page");
		WorkspaceUser agent = TestWorkspaces.user(this.users, workspace, Role.AGENT);
		TestSession session = TestSession.signedIn(this.port, agent.email(), TestWorkspaces.PASSWORD);

		HttpResponse<String> imported = session.submit("/opportunities/tenders/import-samples", Map.of());
		assertThat(imported.statusCode()).isEqualTo(302);
		HttpResponse<String> page = session.get("/opportunities");

		assertThat(page.body()).contains("id=\"tender-report\"").contains("Ligne ").doesNotContain("Row ");
	}

}
