package crmcopilot.support;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.support.internal.KnowledgeStore;
import crmcopilot.support.internal.SupportKpis;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic replies are not silent: each one is a ticket in the inbox's review queue, and
 * an agent's correction counts as an error of the AI, sent to the customer only when the
 * agent ticks it.
 */
@CopilotIntegrationTest
class AutomaticReplyReviewIntegrationTests {

	private static final String RETURNED = """
			{"channel":"email","from":"%s","subject":"Remboursement fauteuil",
			 "body":"Bonjour, j'ai renvoyé le fauteuil de la commande 45821, je souhaite être remboursée.",
			 "externalId":"%s"}""";

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	KnowledgeStore knowledge;

	@Autowired
	SupportKpis kpis;

	@Autowired
	JdbcClient jdbc;

	@Test
	void should_list_an_automatic_reply_for_review_and_keep_a_correction_from_the_customer_unless_ticked() {
		SupportWebSession manager = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.MANAGER);
		UUID workspace = manager.workspace.id();
		withReturnsArticle(workspace);
		HttpResponse<String> answered = manager.postJson("/api/v1/support/messages",
				RETURNED.formatted("claire@exemple.fr", UUID.randomUUID()));
		assertThat(answered.headers().firstValue("X-Support-Ticket-Id")).isEmpty();

		List<UUID> queue = autoTickets(workspace);
		assertThat(queue).hasSize(1);
		String inbox = manager.get("/support?status=reponse_auto").body();
		assertThat(inbox).contains("id=\"review-queue\"")
			.contains("Réponse automatique")
			.contains(queue.get(0).toString());
		String ticket = "/support/tickets/" + queue.get(0);
		assertThat(manager.get(ticket).body()).contains("id=\"auto-review-hint\"").contains("id=\"reply-follow-up\"");

		manager.form(ticket + "/reply",
				Map.of("text", "Bonjour, votre fauteuil est bien arrivé : remboursement sous 14 jours."));

		assertThat(outgoing(workspace)).isEqualTo(1);
		assertThat(autoTickets(workspace)).isEmpty();
		SupportKpis.Kpis figures = this.kpis.compute(workspace, LocalDate.now().minusDays(1),
				LocalDate.now().plusDays(1));
		assertThat(figures.corrected()).isEqualTo(1);
		assertThat(figures.aiAccuracy()).isEqualTo(0.0);
	}

	@Test
	void should_send_the_corrected_reply_as_a_follow_up_when_the_agent_ticks_it() {
		SupportWebSession agent = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);
		UUID workspace = agent.workspace.id();
		withReturnsArticle(workspace);
		agent.postJson("/api/v1/support/messages", RETURNED.formatted("paul@exemple.fr", UUID.randomUUID()));
		UUID ticket = autoTickets(workspace).get(0);

		agent.form("/support/tickets/" + ticket + "/reply",
				Map.of("text", "Bonjour, précision : le remboursement part aujourd'hui.", "followUp", "true"));

		assertThat(outgoing(workspace)).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT status FROM support_ticket WHERE id = ?")
			.params(ticket)
			.query(String.class)
			.single()).isEqualTo("en_attente");
	}

	private void withReturnsArticle(UUID workspace) {
		this.knowledge.addArticle(workspace, WebhookIntegrationTests.returnsArticle());
	}

	private List<UUID> autoTickets(UUID workspace) {
		return this.jdbc.sql("SELECT id FROM support_ticket WHERE workspace_id = ? AND status = 'reponse_auto'")
			.params(workspace)
			.query(UUID.class)
			.list();
	}

	private long outgoing(UUID workspace) {
		return this.jdbc.sql("SELECT COUNT(*) FROM support_message WHERE workspace_id = ? AND direction = 'out'")
			.params(workspace)
			.query(Long.class)
			.single();
	}

}
