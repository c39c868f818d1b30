package crmcopilot.support;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.ai.LabelledText;
import crmcopilot.ai.WorkspaceClassifiers;
import crmcopilot.support.internal.HumanOnlyIntent;
import crmcopilot.support.internal.TriageSetups;
import crmcopilot.support.internal.WorkspaceSupportConfig;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@CopilotIntegrationTest
class SupportSettingsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	WorkspaceClassifiers classifiers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkspaceSupportConfig config;

	@Test
	void an_admin_deletes_a_training_example_and_the_deletion_is_journalled() {
		SupportWebSession admin = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.ADMIN);
		String text = "Le fauteuil Lina existe-t-il en velours côtelé vert sapin ?";
		assertThat(admin.form("/support/settings/examples", Map.of("categorie", "Information produit", "text", text))
			.statusCode()).isEqualTo(302);
		assertThat(admin.get("/support/settings").body()).contains("examples-table").contains("velours côtelé");
		int before = examples(admin).size();

		HttpResponse<String> deleted = admin.form("/support/settings/examples/delete",
				Map.of("categorie", "Information produit", "text", text));

		assertThat(deleted.statusCode()).isEqualTo(302);
		List<LabelledText> after = examples(admin);
		assertThat(after).hasSize(before - 1).doesNotContain(new LabelledText(text, "Information produit"));
		assertThat(this.classifiers.get(admin.workspace.id(), TriageSetups.PURPOSE).orElseThrow().exampleCount())
			.isLessThan(before);
		assertThat(this.jdbc.sql(
				"SELECT COUNT(*) FROM audit_entries WHERE workspace_id = ? AND action = 'support.settings.example.deleted'")
			.params(admin.workspace.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		// deleting it again changes nothing
		assertThat(admin
			.form("/support/settings/examples/delete", Map.of("categorie", "Information produit", "text", text))
			.statusCode()).isEqualTo(302);
		assertThat(examples(admin)).hasSize(before - 1);
	}

	@Test
	void an_agent_cannot_delete_examples() {
		SupportWebSession agent = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);

		HttpResponse<String> response = agent.form("/support/settings/examples/delete",
				Map.of("categorie", "Autre", "text", "peu importe"));

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void should_show_a_malformed_twilio_sid_next_to_its_field_and_store_no_channel_setting() {
		SupportWebSession admin = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.ADMIN);

		HttpResponse<String> response = admin.form("/support/settings/channels",
				Map.of("imapHost", "imap.boutique.test", "twilioAccountSid", "XY123", "twilioToken", "jeton-secret"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.containsPattern(
					"id=\"twilio-sid-error\"[^>]*>SID Twilio attendu : AC suivi de 10 à 64 lettres ou chiffres\\.</p>")
			.contains("value=\"imap.boutique.test\"")
			.contains("value=\"XY123\"")
			.doesNotContain("jeton-secret");
		assertThat(this.config.get(admin.workspace.id(), "imap.host")).isEmpty();
		assertThat(this.config.get(admin.workspace.id(), "twilio.token")).isEmpty();
	}

	@Test
	void should_show_an_article_without_text_refused_next_to_the_text_and_store_no_article() {
		SupportWebSession admin = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.ADMIN);
		long before = articles(admin);

		HttpResponse<String> response = admin.form("/support/settings/articles",
				Map.of("title", "Retours sous 30 jours", "kind", "ARTICLE", "language", "fr", "body", "  "));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.containsPattern(
					"id=\"new-article-form\"(?s:(?!</form>).)*id=\"a-body\"(?s:(?!</form>).)*>Le texte est vide\\.</p>")
			.contains("value=\"Retours sous 30 jours\"");
		assertThat(articles(admin)).isEqualTo(before);
	}

	@Test
	void should_show_a_threshold_above_one_refused_next_to_it_and_keep_the_stored_one() {
		SupportWebSession admin = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.ADMIN);

		HttpResponse<String> response = admin.form("/support/settings/rules",
				Map.of("threshold", "1.5", "minutesPerMessage", "12"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.containsPattern("id=\"rules-threshold-error\"[^>]*>Seuil attendu : un nombre entre 0 et 1\\.</p>")
			.containsPattern("id=\"rules-threshold\"[^>]*value=\"1.5\"");
		assertThat(this.config.get(admin.workspace.id(), "auto.threshold")).isEmpty();
		assertThat(this.config.get(admin.workspace.id(), "minutes-per-message")).isEmpty();
	}

	@Test
	void should_keep_the_never_automatic_intents_the_admin_ticks_and_all_of_them_until_then() {
		SupportWebSession admin = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.ADMIN);
		assertThat(this.config.humanOnly(admin.workspace.id())).isEqualTo(HumanOnlyIntent.all());

		HttpResponse<String> saved = admin.form("/support/settings/rules",
				Map.of("threshold", "0.6", "minutesPerMessage", "8", "humanOnly", "reclamation", "_humanOnly", "on"));
		assertThat(saved.statusCode()).isLessThan(400);
		assertThat(this.config.humanOnly(admin.workspace.id())).containsExactly(HumanOnlyIntent.COMPLAINT);

		admin.form("/support/settings/rules", Map.of("threshold", "0.6", "minutesPerMessage", "8", "_humanOnly", "on"));
		assertThat(this.config.humanOnly(admin.workspace.id())).isEmpty();
	}

	private long articles(SupportWebSession session) {
		return this.jdbc.sql("SELECT COUNT(*) FROM support_article WHERE workspace_id = ?")
			.params(session.workspace.id())
			.query(Long.class)
			.single();
	}

	private List<LabelledText> examples(SupportWebSession session) {
		return this.classifiers.examples(session.workspace.id(), TriageSetups.PURPOSE);
	}

}
