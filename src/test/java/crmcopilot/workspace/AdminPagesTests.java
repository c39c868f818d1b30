package crmcopilot.workspace;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.audit.AuditEntry;
import crmcopilot.audit.AuditJournal;
import crmcopilot.shared.PageQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CopilotIntegrationTest
class AdminPagesTests {

	private static final Pattern ISSUED = Pattern.compile("<code id=\"issued-token\">([^<]+)</code>");

	private static final Pattern REVOKE = Pattern.compile("/admin/tokens/([0-9a-f-]{36})/revoke");

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	AuditJournal journal;

	Workspace workspace;

	WorkspaceUser admin;

	TestSession session;

	@BeforeEach
	void signInAsAdmin() {
		this.workspace = TestWorkspaces.create(this.workspaces, "Admin pages");
		this.admin = TestWorkspaces.user(this.users, this.workspace, Role.ADMIN);
		this.session = TestSession.signedIn(this.port, this.admin.email(), TestWorkspaces.PASSWORD);
	}

	@Test
	void should_create_a_user_who_can_sign_in() {
		String email = TestWorkspaces.email("new-agent");

		HttpResponse<String> created = this.session.submit("/admin/users",
				Map.of("email", email, "displayName", "Nadia Nouvelle", "role", "AGENT", "password", "first-password"));

		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(this.session.get("/admin/users").body()).contains(email)
			.contains("Nadia Nouvelle")
			.contains("Utilisateur créé");
		assertThat(this.users.list(this.workspace.id())).anySatisfy((user) -> {
			assertThat(user.email()).isEqualTo(email);
			assertThat(user.role()).isEqualTo(Role.AGENT);
		});
		TestSession newcomer = TestSession.signedIn(this.port, email, "first-password");
		assertThat(newcomer.get("/api/v1/me").body()).contains("\"role\":\"AGENT\"");
		assertThat(journal("workspace.user.created")).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo(this.admin.email());
			assertThat(entry.details()).contains(email).contains("AGENT");
		});
	}

	@Test
	void should_show_a_new_token_once_and_revoke_it() {
		HttpResponse<String> created = this.session.submit("/admin/tokens", Map.of("name", "zapier", "role", "VIEWER"));
		assertThat(created.statusCode()).isEqualTo(302);

		String page = this.session.get("/admin/tokens").body();
		Matcher issued = ISSUED.matcher(page);
		assertThat(issued.find()).as("the token value is shown after creation").isTrue();
		String value = issued.group(1);
		assertThat(this.session.get("/admin/tokens").body()).as("shown only once").doesNotContain(value);

		HttpResponse<String> me = TestSession.anonymous(this.port)
			.get("/api/v1/me", "Authorization", "Bearer " + value);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"kind\":\"token\"")
			.contains("\"name\":\"zapier\"")
			.contains("\"role\":\"VIEWER\"");

		Matcher revoke = REVOKE.matcher(page);
		assertThat(revoke.find()).isTrue();
		HttpResponse<String> revoked = this.session.submit("/admin/tokens/" + revoke.group(1) + "/revoke", Map.of());
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(TestSession.anonymous(this.port).get("/api/v1/me", "Authorization", "Bearer " + value).statusCode())
			.isEqualTo(401);

		assertThat(journal("workspace.token.created")).singleElement()
			.satisfies((entry) -> assertThat(entry.objectId()).isEqualTo(revoke.group(1)));
		assertThat(journal("workspace.token.revoked")).singleElement().satisfies((entry) -> {
			assertThat(entry.objectId()).isEqualTo(revoke.group(1));
			assertThat(entry.actor()).isEqualTo(this.admin.email());
		});
	}

	@Test
	void should_refuse_a_token_form_in_french_naming_what_to_change() {
		HttpResponse<String> unnamed = this.session.submit("/admin/tokens", Map.of("name", " ", "role", "VIEWER"));

		assertThat(unnamed.statusCode()).isEqualTo(302);
		assertThat(this.session.get("/admin/tokens").body())
			.contains("Un jeton a besoin d&#39;un nom de 1 à 120 caractères.");

		this.session.submit("/admin/tokens", Map.of("name", "old", "role", "VIEWER", "expires", "2020-01-01"));

		assertThat(this.session.get("/admin/tokens").body())
			.contains("La date d&#39;expiration doit être dans le futur.");
		assertThat(journal("workspace.token.created")).isEmpty();
	}

	@Test
	void should_show_a_refused_setting_in_french_next_to_its_field() {
		HttpResponse<String> refused = this.session.submit("/admin/settings",
				Map.of("name", " ", "locale", "de", "timeZone", "Mars/Olympus", "privacyLevel", "private"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body())
			.containsPattern("id=\"name\"[^>]*>\\s*<p [^>]*id=\"name-error\"[^>]*>L&#39;espace a besoin d&#39;un nom.")
			.contains("La langue doit être le français (fr) ou l&#39;anglais (en).")
			.contains("id=\"timeZone-error\"")
			.contains("Ce fuseau horaire est inconnu.");
		assertThat(this.workspaces.find(this.workspace.id()))
			.hasValueSatisfying((unchanged) -> assertThat(unchanged.name()).isEqualTo(this.workspace.name()));
	}

	@Test
	void should_refuse_a_user_row_without_a_name_in_french() {
		HttpResponse<String> refused = this.session.submit("/admin/users/" + this.admin.id(),
				Map.of("displayName", " ", "role", "ADMIN", "enabled", "true"));

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(this.session.get("/admin/users").body())
			.contains("Indiquez un nom d&#39;affichage de 1 à 200 caractères.");
	}

	@Test
	void should_disable_a_user_whose_row_is_saved_with_the_box_unticked() {
		WorkspaceUser agent = TestWorkspaces.user(this.users, this.workspace, Role.AGENT);

		HttpResponse<String> saved = this.session.submit("/admin/users/" + agent.id(),
				Map.of("displayName", "Agent Désactivé", "role", "AGENT"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.users.list(this.workspace.id())).filteredOn((user) -> user.id().equals(agent.id()))
			.singleElement()
			.satisfies((user) -> {
				assertThat(user.enabled()).isFalse();
				assertThat(user.displayName()).isEqualTo("Agent Désactivé");
			});
	}

	private List<AuditEntry> journal(String action) {
		return this.journal
			.search(this.workspace.id(), new AuditJournal.Filter(null, action, null, null, null), PageQuery.of(0, 50))
			.items();
	}

}
