package crmcopilot.workspace.internal;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import crmcopilot.TestSession;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh install without the demo, on an empty database of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "copilot.demo.enabled=false",
		"copilot.security.bootstrap-token=",
		"spring.datasource.url=jdbc:h2:mem:first-install;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstInstallTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	UserAccounts users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	WorkspaceProvisioning provisioning;

	@Autowired
	TransactionTemplate transactions;

	@Test
	@Order(1)
	void should_lead_the_first_visit_through_the_setup_page_to_a_working_workspace() {
		TestSession visitor = TestSession.anonymous(this.port);
		HttpResponse<String> login = visitor.get("/login");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/setup"));
		assertThat(visitor.get("/setup").body()).contains("Mise en service").contains("Africa/Dakar");

		HttpResponse<String> invalid = setup(visitor, Map.of("name", "Ma boutique", "locale", "fr", "timeZone",
				"Africa/Dakar", "currency", "ZZZ", "email", "patron@boutique.test", "password", "un-mot-de-passe"));
		assertThat(invalid.body()).contains("id=\"currency-error\"");

		HttpResponse<String> created = setup(visitor, Map.of("name", "Ma boutique", "locale", "fr", "timeZone",
				"Africa/Dakar", "currency", "XOF", "email", "patron@boutique.test", "password", "un-mot-de-passe"));
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?setup"));

		TestSession admin = TestSession.signedIn(this.port, "patron@boutique.test", "un-mot-de-passe");
		assertThat(admin.get("/api/v1/me").body()).contains("\"role\":\"ADMIN\"").contains("Ma boutique");
		assertThat(admin.get("/").statusCode()).isEqualTo(200);
		assertThat(TestSession.anonymous(this.port).get("/setup").headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	/**
	 * The set-up form posted with the CSRF token of the set-up page (no account page
	 * yet).
	 */
	private static HttpResponse<String> setup(TestSession visitor, Map<String, String> fields) {
		String page = visitor.get("/setup").body();
		Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("CSRF token in the set-up page").isTrue();
		Map<String, String> form = new HashMap<>(fields);
		form.put("_csrf", token.group(1));
		return visitor.post("/setup", form);
	}

	@Test
	@Order(2)
	void should_create_the_bootstrap_workspace_once_with_the_token_as_admin() {
		DemoWorkspaceInitializer initializer = new DemoWorkspaceInitializer(this.workspaces, this.users, this.tokens,
				new DemoProperties(false, "unused"),
				new SecurityProperties("bootstrap-first-install", "", new SecurityProperties.Oidc("", "", "", "")),
				this.transactions, this.provisioning,
				new BootstrapProperties("Mon entreprise", "fr", "Africa/Dakar", "XOF"));

		initializer.run(null);
		initializer.run(null);

		assertThat(this.workspaces.all()).filteredOn((workspace) -> workspace.name().equals("Mon entreprise"))
			.singleElement()
			.satisfies((Workspace workspace) -> {
				assertThat(workspace.timeZone().getId()).isEqualTo("Africa/Dakar");
				assertThat(workspace.locale().getLanguage()).isEqualTo("fr");
			});
		HttpResponse<String> me = TestSession.anonymous(this.port)
			.get("/api/v1/me", "Authorization", "Bearer bootstrap-first-install");
		assertThat(me.body()).contains("\"role\":\"ADMIN\"").contains("Mon entreprise");
	}

}
