package crmcopilot.opportunities;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.opportunities.internal.OpportunityCapture;
import crmcopilot.opportunities.internal.OpportunityDraft;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUser;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sales copilot's side of Salesforce: the push card of a draft and the API status.
 */
@CopilotIntegrationTest
class SalesforcePushIntegrationTests {

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	OpportunityCapture capture;

	@LocalServerPort
	int port;

	@Test
	void should_show_the_salesforce_card_without_push_button_on_an_approved_draft_when_not_connected() {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Salesforce push");
		WorkspaceUser admin = TestWorkspaces.user(this.users, workspace, Role.ADMIN);
		TestSession session = TestSession.signedIn(this.port, admin.email(), TestWorkspaces.PASSWORD);

		OpportunityDraft draft = this.capture.submit(workspace.id(), admin.email(),
				new OpportunityCapture.Submission(OpportunityCapture.TEXT, null,
						"Appel de Moussa Diallo, DAF de la SDE : renouvellement des licences, budget 12 millions FCFA.",
						LocalDate.of(2026, 2, 2)));
		this.capture.approve(workspace.id(), admin.email(), draft.id(),
				new OpportunityCapture.Approval(Map.of(), null, null, null));
		HttpResponse<String> review = session.get("/opportunities/drafts/" + draft.id());
		assertThat(review.body()).contains("id=\"salesforce-push\"").doesNotContain("id=\"push-salesforce\"");
	}

	@Test
	void should_report_the_salesforce_status_through_the_api() {
		TestSession api = TestSession.anonymous(this.port);
		HttpResponse<String> status = api.get("/api/v1/opportunities/salesforce/status", "Authorization",
				"Bearer test-bootstrap-token");
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(status.body()).contains("\"connected\":false");
	}

}
