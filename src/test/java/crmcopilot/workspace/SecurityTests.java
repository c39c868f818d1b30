package crmcopilot.workspace;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

@CopilotIntegrationTest
class SecurityTests {

	private static final String PROBLEM_JSON = "application/problem+json";

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
		this.workspace = TestWorkspaces.create(this.workspaces, "Security");
	}

	@Test
	void should_answer_401_problem_json_to_anonymous_api_calls() {
		HttpResponse<String> response = anonymous().get("/api/v1/me");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(PROBLEM_JSON));
		assertThat(response.body()).contains("\"status\":401");
	}

	@Test
	void should_word_api_problems_in_french_by_default_and_in_english_on_request() {
		String token = token(Role.VIEWER);

		HttpResponse<String> anonymousFrench = anonymous().get("/api/v1/me");
		HttpResponse<String> anonymousEnglish = anonymous().get("/api/v1/me", "Accept-Language", "en-GB,en");
		HttpResponse<String> forbidden = anonymous().get("/api/v1/audit/entries", "Authorization", "Bearer " + token);

		assertThat(anonymousFrench.body()).contains("\"title\":\"Authentification requise\"")
			.contains("jeton d'API valide");
		assertThat(anonymousEnglish.body()).contains("\"title\":\"Authentication required\"")
			.contains("Authorization: Bearer <token>");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("\"title\":\"Accès refusé\"")
			.contains("Votre rôle ne donne pas la permission");
	}

	@Test
	void should_redirect_anonymous_pages_to_the_login_page() {
		HttpResponse<String> response = anonymous().get("/admin/users");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void should_answer_403_when_the_role_lacks_the_permission() {
		WorkspaceUser viewer = TestWorkspaces.user(this.users, this.workspace, Role.VIEWER);
		TestSession session = TestSession.signedIn(this.port, viewer.email(), TestWorkspaces.PASSWORD);
		String viewerToken = token(Role.VIEWER);

		HttpResponse<String> page = session.get("/admin/users");
		HttpResponse<String> apiBySession = session.get("/api/v1/audit/entries");
		HttpResponse<String> apiByToken = anonymous().get("/api/v1/audit/entries", "Authorization",
				"Bearer " + viewerToken);

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(apiBySession.statusCode()).isEqualTo(403);
		assertThat(apiByToken.statusCode()).isEqualTo(403);
		assertThat(apiByToken.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(PROBLEM_JSON));
		assertThat(apiByToken.body()).contains("\"status\":403");
	}

	@Test
	void should_refuse_a_form_post_without_csrf_token() {
		WorkspaceUser admin = TestWorkspaces.user(this.users, this.workspace, Role.ADMIN);
		TestSession session = TestSession.signedIn(this.port, admin.email(), TestWorkspaces.PASSWORD);
		Map<String, String> form = Map.of("name", "no-csrf", "role", "VIEWER");

		HttpResponse<String> withoutToken = session.post("/admin/tokens", form);
		HttpResponse<String> sessionApiWithoutToken = session.send("POST", "/api/v1/audit/consents", "application/json",
				consentJson("csrf@test.example"));

		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(sessionApiWithoutToken.statusCode()).isEqualTo(403);
		assertThat(this.accounts.tokens(adminCaller())).noneMatch((token) -> token.name().equals("no-csrf"));
		assertThat(session.submit("/admin/tokens", form).statusCode()).isEqualTo(302);
		assertThat(this.accounts.tokens(adminCaller())).anyMatch((token) -> token.name().equals("no-csrf"));
	}

	@Test
	void should_not_need_csrf_for_bearer_api_calls() {
		String token = token(Role.ADMIN);

		HttpResponse<String> response = anonymous().send("POST", "/api/v1/audit/consents", "application/json",
				consentJson("bearer@test.example"), "Authorization", "Bearer " + token);

		assertThat(response.statusCode()).isEqualTo(201);
	}

	@Test
	void should_refuse_revoked_and_expired_tokens() {
		AccountService.IssuedToken revoked = issue(Role.ADMIN);
		AccountService.IssuedToken expired = issue(Role.ADMIN);
		assertThat(me(revoked.value()).statusCode()).isEqualTo(200);
		assertThat(me(expired.value()).statusCode()).isEqualTo(200);

		this.accounts.revokeToken(adminCaller(), revoked.token().id());
		this.jdbc.sql("UPDATE api_tokens SET expires_at = ? WHERE id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), expired.token().id())
			.update();

		for (String value : new String[] { revoked.value(), expired.value(), "cc_never-issued" }) {
			HttpResponse<String> response = me(value);
			assertThat(response.statusCode()).as(value).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith(PROBLEM_JSON));
		}
	}

	@Test
	void should_throttle_failed_logins_alike_for_known_and_unknown_accounts_without_locking() {
		WorkspaceUser user = TestWorkspaces.user(this.users, this.workspace, Role.AGENT);
		String unknown = TestWorkspaces.email("nobody");
		// the first tier counts failures in windows of a minute starting on the minute: a
		// sequence that straddles a minute is run again (it takes a few seconds), in a
		// new
		// session, since a straddled window may have let the right password in
		TestSession session;
		HttpResponse<String> known;
		HttpResponse<String> stranger;
		long minute;
		do {
			session = anonymous();
			this.jdbc.sql("DELETE FROM rate_limit_windows WHERE limit_key LIKE 'login|%'").update();
			minute = System.currentTimeMillis() / 60_000;
			for (int attempt = 1; attempt <= 5; attempt++) {
				assertThat(location(session.login(user.email(), "wrong-password-" + attempt))).endsWith("/login?error");
				assertThat(location(session.login(unknown, "wrong-password-" + attempt))).endsWith("/login?error");
			}
			known = session.login(user.email(), TestWorkspaces.PASSWORD);
			stranger = session.login(unknown, TestWorkspaces.PASSWORD);
		}
		while (System.currentTimeMillis() / 60_000 != minute);

		assertThat(location(known)).endsWith("/login?throttled");
		assertThat(location(stranger)).endsWith("/login?throttled");
		assertThat(session.get("/login?throttled").body()).contains("Trop de tentatives de connexion")
			.doesNotContain("verrouillé");
		assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(401);

		// the window passes: forget it rather than wait a minute
		this.jdbc.sql("DELETE FROM rate_limit_windows WHERE limit_key LIKE 'login|%'").update();
		assertThat(location(session.login(user.email(), TestWorkspaces.PASSWORD))).doesNotContain("/login");
		assertThat(session.get("/api/v1/me").body()).contains(user.email());
	}

	@Test
	void should_change_the_session_id_at_login() {
		WorkspaceUser user = TestWorkspaces.user(this.users, this.workspace, Role.AGENT);
		TestSession session = anonymous();
		session.csrfToken();
		String before = session.cookie("JSESSIONID").orElseThrow();

		session.login(user.email(), TestWorkspaces.PASSWORD);

		assertThat(session.cookie("JSESSIONID")).hasValueSatisfying((after) -> assertThat(after).isNotEqualTo(before));
		TestSession attacker = anonymous();
		attacker.setCookie("JSESSIONID", before);
		assertThat(attacker.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void should_change_the_password_only_with_the_current_one() {
		WorkspaceUser user = TestWorkspaces.user(this.users, this.workspace, Role.MANAGER);
		TestSession session = TestSession.signedIn(this.port, user.email(), TestWorkspaces.PASSWORD);
		String newPassword = "a-new-password-77";

		HttpResponse<String> wrong = session.submit("/account/password", Map.of("currentPassword", "not-my-password",
				"newPassword", newPassword, "confirmPassword", newPassword));
		assertThat(wrong.body()).contains("id=\"currentPassword-error\"")
			.contains("Le mot de passe actuel est incorrect.");
		HttpResponse<String> tooShort = session.submit("/account/password",
				Map.of("currentPassword", TestWorkspaces.PASSWORD, "newPassword", "short", "confirmPassword", "short"));
		assertThat(tooShort.body()).contains("id=\"newPassword-error\"").contains("au moins 8 caractères");
		HttpResponse<String> mismatch = session.submit("/account/password", Map.of("currentPassword",
				TestWorkspaces.PASSWORD, "newPassword", newPassword, "confirmPassword", newPassword + "x"));
		assertThat(mismatch.body()).contains("id=\"confirmPassword-error\"")
			.contains("Les deux nouveaux mots de passe ne sont pas identiques.");
		assertThat(location(anonymous().login(user.email(), newPassword))).endsWith("/login?error");

		HttpResponse<String> changed = session.submit("/account/password", Map.of("currentPassword",
				TestWorkspaces.PASSWORD, "newPassword", newPassword, "confirmPassword", newPassword));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(session.get("/account").body()).contains("Mot de passe changé");
		assertThat(location(anonymous().login(user.email(), TestWorkspaces.PASSWORD))).endsWith("/login?error");
		assertThat(location(anonymous().login(user.email(), newPassword))).doesNotContain("/login");
	}

	@Test
	void should_refuse_a_disabled_user_with_the_answer_an_unknown_one_gets() {
		WorkspaceUser user = TestWorkspaces.user(this.users, this.workspace, Role.AGENT);
		this.accounts.updateUser(adminCaller(), user.id(), user.displayName(), user.role(), false);

		HttpResponse<String> response = anonymous().login(user.email(), TestWorkspaces.PASSWORD);

		assertThat(location(response)).endsWith("/login?error");
	}

	@Test
	void should_name_the_demo_workspace_for_the_bootstrap_token() {
		HttpResponse<String> response = me("test-bootstrap-token");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Maison Démo")
			.contains("\"role\":\"ADMIN\"")
			.contains("\"kind\":\"token\"");
	}

	private TestSession anonymous() {
		return TestSession.anonymous(this.port);
	}

	private HttpResponse<String> me(String token) {
		return anonymous().get("/api/v1/me", "Authorization", "Bearer " + token);
	}

	private String token(Role role) {
		return issue(role).value();
	}

	private AccountService.IssuedToken issue(Role role) {
		return this.accounts.issueToken(adminCaller(), role.name().toLowerCase() + " token", role, null);
	}

	private Caller adminCaller() {
		return TestWorkspaces.admin(this.workspace, this.permissions.of(Role.ADMIN));
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElse("");
	}

	private static String consentJson(String subject) {
		return "{\"subject\":\"" + subject + "\",\"purpose\":\"marketing\",\"granted\":true,\"source\":\"test\"}";
	}

}
