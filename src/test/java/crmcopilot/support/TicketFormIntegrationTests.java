package crmcopilot.support;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.support.internal.WorkspaceSupportConfig;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ticket page's forms: a refused reply or correction is shown next to its field in
 * French, and nothing is stored.
 */
@CopilotIntegrationTest
class TicketFormIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkspaceSupportConfig config;

	@Test
	void should_say_on_the_inbox_and_the_ticket_that_e_mail_replies_wait_until_smtp_is_set() {
		SupportWebSession agent = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);
		String ticket = ticket(agent);

		String inbox = agent.get("/support").body();
		assertThat(inbox).contains("id=\"outbound-missing\"")
			.contains("Aucun serveur d&#39;envoi de courriel (SMTP) n&#39;est configuré")
			.doesNotContain("data-missing=\"support.outbound.twilio\"")
			.contains("class=\"phone-cards\"")
			.contains("data-label=\"Client\"");
		assertThat(agent.get("/support/tickets/" + ticket).body()).contains("id=\"outbound-missing\"")
			.contains("data-missing=\"support.outbound.smtp\"");

		this.config.put(agent.workspace.id(), "smtp.host", "smtp.boutique.test");
		this.config.put(agent.workspace.id(), "smtp.from", "support@boutique.test");

		assertThat(agent.get("/support").body()).doesNotContain("id=\"outbound-missing\"");
		assertThat(agent.get("/support/tickets/" + ticket).body()).doesNotContain("id=\"outbound-missing\"");
	}

	@Test
	void should_show_an_empty_reply_refused_next_to_the_text_and_send_nothing() {
		SupportWebSession agent = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);
		String ticket = ticket(agent);

		HttpResponse<String> response = agent.form("/support/tickets/" + ticket + "/reply", Map.of("text", "   "));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"reply-text-error\"")
			.containsPattern("id=\"reply-text-error\"[^>]*>La réponse est vide\\.</p>");
		assertThat(count("SELECT COUNT(*) FROM support_message WHERE workspace_id = ? AND direction = 'out'",
				agent.workspace.id()))
			.isZero();
	}

	@Test
	void should_show_an_unknown_category_next_to_the_category_and_keep_the_triage() {
		SupportWebSession agent = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);
		String ticket = ticket(agent);

		HttpResponse<String> response = agent.form("/support/tickets/" + ticket + "/correct",
				Map.of("field", "categorie", "value", "Astrologie"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).containsPattern(
				"id=\"correct-categorie\"(?s:(?!</form>).)*Catégorie inconnue : Astrologie\\.(?s:.)*</form>");
		assertThat(count("SELECT COUNT(*) FROM support_correction WHERE workspace_id = ?", agent.workspace.id()))
			.isZero();
	}

	@Test
	void should_keep_the_reply_typed_when_it_is_refused() {
		SupportWebSession agent = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);
		String ticket = ticket(agent);
		String tooLong = "Bonjour Claire, " + "x".repeat(20_000);

		HttpResponse<String> response = agent.form("/support/tickets/" + ticket + "/reply", Map.of("text", tooLong));

		assertThat(response.body()).contains(tooLong).contains("La réponse est trop longue");
	}

	@Test
	void should_not_offer_the_proposed_reply_again_once_an_agent_has_replied() {
		SupportWebSession agent = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);
		String ticket = ticket(agent);
		assertThat(agent.get("/support/tickets/" + ticket).body()).containsPattern("id=\"reply-text\"[^>]*>\\s*\\S");

		agent.form("/support/tickets/" + ticket + "/reply", Map.of("text", "Bonjour Claire, c'est noté."));

		assertThat(agent.get("/support/tickets/" + ticket).body()).containsPattern("id=\"reply-text\"[^>]*></textarea>")
			.contains("Un conseiller a déjà répondu");
	}

	private String ticket(SupportWebSession agent) {
		HttpResponse<String> created = agent.postJson("/api/v1/support/messages",
				SupportApiIntegrationTests.REFUND.formatted(UUID.randomUUID()));
		return created.headers().firstValue("X-Support-Ticket-Id").orElseThrow();
	}

	private long count(String sql, UUID workspace) {
		return this.jdbc.sql(sql).params(workspace).query(Long.class).single();
	}

}
