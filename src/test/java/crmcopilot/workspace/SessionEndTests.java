package crmcopilot.workspace;

import java.util.Map;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.workspace.internal.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions are kept in the database and end when what they stood for changes. */
@CopilotIntegrationTest
class SessionEndTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	Permissions permissions;

	@Autowired
	JdbcClient jdbc;

	Workspace workspace;

	@BeforeEach
	void createWorkspace() {
		this.workspace = TestWorkspaces.create(this.workspaces, "Sessions");
	}

	@Test
	void should_keep_a_signed_in_session_in_the_database() {
		WorkspaceUser user = TestWorkspaces.user(this.users, this.workspace, Role.AGENT);

		TestSession session = signedIn(user);

		assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?")
			.param(user.email())
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void should_end_the_sessions_of_a_user_whose_role_changes() {
		WorkspaceUser manager = TestWorkspaces.user(this.users, this.workspace, Role.MANAGER);
		TestSession session = signedIn(manager);
		assertThat(session.get("/api/v1/me").body()).contains("MANAGER");

		this.accounts.updateUser(admin(), manager.id(), manager.displayName(), Role.VIEWER, true);

		assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(signedIn(manager).get("/api/v1/me").body()).contains("VIEWER");
	}

	@Test
	void should_end_the_sessions_of_a_disabled_user() {
		WorkspaceUser agent = TestWorkspaces.user(this.users, this.workspace, Role.AGENT);
		TestSession first = signedIn(agent);
		TestSession second = signedIn(agent);

		this.accounts.updateUser(admin(), agent.id(), agent.displayName(), Role.AGENT, false);

		assertThat(first.get("/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(second.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void should_keep_the_sessions_of_a_user_whose_name_only_changes() {
		WorkspaceUser agent = TestWorkspaces.user(this.users, this.workspace, Role.AGENT);
		TestSession session = signedIn(agent);

		this.accounts.updateUser(admin(), agent.id(), "Another Name", Role.AGENT, true);

		assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(200);
	}

	@Test
	void should_end_the_other_sessions_when_the_password_changes() {
		WorkspaceUser user = TestWorkspaces.user(this.users, this.workspace, Role.AGENT);
		TestSession here = signedIn(user);
		TestSession elsewhere = signedIn(user);
		String newPassword = "a-new-password-88";

		assertThat(here
			.submit("/account/password", Map.of("currentPassword", TestWorkspaces.PASSWORD, "newPassword", newPassword,
					"confirmPassword", newPassword))
			.statusCode()).isEqualTo(302);

		assertThat(here.get("/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(elsewhere.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	private TestSession signedIn(WorkspaceUser user) {
		return TestSession.signedIn(this.port, user.email(), TestWorkspaces.PASSWORD);
	}

	private Caller admin() {
		return TestWorkspaces.admin(this.workspace, this.permissions.of(Role.ADMIN));
	}

}
