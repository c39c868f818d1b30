package crmcopilot.workspace;

import java.util.Map;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer's own words carry the language they are written in (WCAG 3.1.2). */
@CopilotIntegrationTest
class CustomerTextLanguageTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Test
	void should_mark_an_english_classifier_example_as_english_on_a_french_page() {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Langues");
		WorkspaceUser admin = TestWorkspaces.user(this.users, workspace, Role.ADMIN);
		TestSession session = TestSession.signedIn(this.port, admin.email(), TestWorkspaces.PASSWORD);
		String english = "Where is my parcel? I ordered it two weeks ago and it has still not arrived.";

		session.submit("/support/settings/examples", Map.of("categorie", "Autre", "text", english));

		assertThat(session.get("/support/settings").body()).contains("<td lang=\"en\">" + english + "</td>");
	}

}
