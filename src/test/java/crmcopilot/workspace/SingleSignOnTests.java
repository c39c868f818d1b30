package crmcopilot.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect sign-in against a local provider. The issuer is read at start-up, so
 * this class has its own application context, closed afterwards.
 */
@CopilotIntegrationTest
@DirtiesContext
class SingleSignOnTests {

	private static final String ISSUER_ID = "copilot-idp";

	private static final String CLIENT_ID = "crm-copilot";

	private static final MockOAuth2Server provider = startProvider();

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@DynamicPropertySource
	static void oidc(DynamicPropertyRegistry registry) {
		registry.add("copilot.security.oidc.issuer-uri", () -> provider.issuerUrl(ISSUER_ID).toString());
		registry.add("copilot.security.oidc.client-id", () -> CLIENT_ID);
		registry.add("copilot.security.oidc.client-secret", () -> "sso-test-secret");
		registry.add("copilot.security.oidc.label", () -> "Entra ID");
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@Test
	void should_sign_in_an_existing_user_by_email() {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "SSO");
		WorkspaceUser user = this.users.create(workspace.id(), TestWorkspaces.email("sso"), "Sam Sso", Role.MANAGER,
				null);
		TestSession session = TestSession.anonymous(this.port);
		assertThat(session.get("/login").body()).contains("Se connecter avec Entra ID");

		HttpResponse<String> end = signIn(session, user.email());

		assertThat(end.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("/login"));
		HttpResponse<String> me = session.get("/api/v1/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains(user.email()).contains("\"role\":\"MANAGER\"").contains("\"kind\":\"user\"");
	}

	@Test
	void should_refuse_an_email_no_workspace_user_has() {
		TestSession session = TestSession.anonymous(this.port);

		HttpResponse<String> end = signIn(session, TestWorkspaces.email("stranger"));

		assertThat(end.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?sso"));
		assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	/** The authorization-code flow, hop by hop: app, provider, back to the app. */
	private HttpResponse<String> signIn(TestSession session, String email) {
		provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-" + email, "JWT",
				List.of(CLIENT_ID), Map.of("email", email, "name", "From the provider"), 3600));
		HttpResponse<String> toProvider = session.get("/oauth2/authorization/oidc");
		assertThat(toProvider.statusCode()).isEqualTo(302);
		String authorize = toProvider.headers().firstValue("Location").orElseThrow();
		assertThat(authorize).startsWith(provider.issuerUrl(ISSUER_ID) + "/authorize");

		HttpResponse<String> backToApp = session.get(authorize);
		assertThat(backToApp.statusCode()).isEqualTo(302);
		String callback = backToApp.headers().firstValue("Location").orElseThrow();
		assertThat(callback).startsWith(session.base() + "/login/oauth2/code/oidc?");

		HttpResponse<String> end = session.get(callback);
		assertThat(end.statusCode()).isEqualTo(302);
		return end;
	}

	private static MockOAuth2Server startProvider() {
		MockOAuth2Server server = new MockOAuth2Server();
		try {
			server.start(InetAddress.getByName("127.0.0.1"), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return server;
	}

}
