package crmcopilot.support;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.support.internal.KnowledgeStore;
import crmcopilot.support.internal.Replies;
import crmcopilot.support.internal.SupportKpis;
import crmcopilot.support.internal.SupportStore;
import crmcopilot.support.internal.TicketStore;
import crmcopilot.support.internal.satisfaction.SatisfactionKpis;
import crmcopilot.support.internal.satisfaction.SatisfactionSurveys;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Customer satisfaction: the rating link of an automatic reply and of a solved ticket,
 * the public page in the merchant's language taking one answer, the dashboard's CSAT, and
 * time saved counting only answers nobody corrected.
 */
@CopilotIntegrationTest
class SatisfactionIntegrationTests {

	private static final Pattern LINK = Pattern.compile("/public/rate/([A-Za-z0-9_-]{20,100})");

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	SupportStore store;

	@Autowired
	Replies replies;

	@Autowired
	SatisfactionSurveys surveys;

	@Autowired
	SatisfactionKpis satisfaction;

	@Autowired
	SupportKpis kpis;

	@Autowired
	KnowledgeStore knowledge;

	@Autowired
	TicketStore tickets;

	@Autowired
	JdbcClient jdbc;

	@Test
	void should_send_a_rating_link_when_an_answered_ticket_is_solved_and_take_one_answer_in_french() {
		SupportWebSession manager = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.MANAGER);
		UUID workspace = manager.workspace.id();
		String ticket = manager
			.postJson("/api/v1/support/messages", SupportApiIntegrationTests.REFUND.formatted(UUID.randomUUID()))
			.headers()
			.firstValue("X-Support-Ticket-Id")
			.orElseThrow();
		manager.form("/support/tickets/" + ticket + "/reply", Map.of("text", "Bonjour, nous vous remboursons."));
		assertThat(outgoing(workspace)).singleElement().asString().doesNotContain("/public/rate/");

		manager.form("/support/tickets/" + ticket + "/status", Map.of("status", "resolu"));
		await().atMost(Duration.ofSeconds(30)).until(() -> outgoing(workspace).size() == 2);
		String survey = outgoing(workspace).get(1);
		assertThat(survey).startsWith("Votre demande est résolue.").contains("Donnez votre avis en un clic : http");
		String token = token(survey);

		TestSession customer = TestSession.anonymous(this.port);
		HttpResponse<String> page = customer.get("/public/rate/" + token, "Accept-Language", "en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Notre réponse vous a-t-elle aidé ?").contains("id=\"rating-5\"");
		HttpResponse<String> answered = customer.submit("/public/rate/" + token,
				Map.of("score", "2", "comment", "Trop lent"));
		HttpResponse<String> again = customer.submit("/public/rate/" + token, Map.of("score", "5"));

		assertThat(answered.body()).contains("Merci, votre avis est enregistré.");
		assertThat(again.body()).contains("Vous avez déjà donné votre avis sur cette réponse.");
		SatisfactionKpis.Satisfaction figures = this.satisfaction.compute(workspace, LocalDate.now().minusDays(1),
				LocalDate.now().plusDays(1));
		assertThat(figures.human()).isEqualTo(new SatisfactionKpis.Score(1, 2.0, 0.0));
		assertThat(figures.automatic().answers()).isZero();
		assertThat(figures.byCategory()).hasSize(1);
		assertThat(manager.get("/support/dashboard").body()).contains("Satisfaction des clients")
			.contains("id=\"csat-human\"")
			.contains("id=\"csat-categories\"");

		// solving the ticket again sends no second survey for the same exchange
		manager.form("/support/tickets/" + ticket + "/status", Map.of("status", "ouvert"));
		manager.form("/support/tickets/" + ticket + "/status", Map.of("status", "resolu"));
		assertThat(outgoing(workspace)).hasSize(2);
	}

	@Test
	void should_add_the_rating_link_to_an_automatic_reply_and_count_it_apart_from_agents_answers() {
		Workspace workspace = SupportWebSession.newWorkspace(this.workspaces);
		UUID thread = threadWithMessage(workspace.id(), "Livraison");

		this.replies.send(workspace.id(), thread, "Votre colis arrive demain.", "ai");

		String sent = outgoing(workspace.id()).get(0);
		assertThat(sent).startsWith("Votre colis arrive demain.\n\nNotre réponse vous a-t-elle aidé ?");
		SatisfactionSurveys.Survey survey = this.surveys.find(token(sent)).orElseThrow();
		assertThat(this.surveys.answer(survey, 5, "")).isTrue();
		assertThat(this.surveys.answer(survey, 1, "")).isFalse();
		SatisfactionKpis.Satisfaction figures = this.satisfaction.compute(workspace.id(), LocalDate.now().minusDays(1),
				LocalDate.now().plusDays(1));
		assertThat(figures.automatic()).isEqualTo(new SatisfactionKpis.Score(1, 5.0, 1.0));
		assertThat(figures.byCategory()).containsOnlyKeys("Livraison");
		assertThat(figures.invited()).isEqualTo(1);
	}

	@Test
	void should_refuse_a_score_out_of_range_and_an_unknown_link() {
		Workspace workspace = SupportWebSession.newWorkspace(this.workspaces);
		UUID thread = threadWithMessage(workspace.id(), "Livraison");
		this.replies.send(workspace.id(), thread, "Votre colis arrive demain.", "ai");
		String token = token(outgoing(workspace.id()).get(0));
		TestSession customer = TestSession.anonymous(this.port);

		HttpResponse<String> refused = customer.submit("/public/rate/" + token, Map.of("score", "9"));
		HttpResponse<String> unknown = customer.get("/public/rate/" + "x".repeat(43));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Choisissez une note de 1 à 5.").contains("id=\"rating-form\"");
		assertThat(this.surveys.find(token).orElseThrow().answered()).isFalse();
		assertThat(unknown.statusCode()).isEqualTo(404);
	}

	@Test
	void should_count_time_saved_only_for_automatic_answers_no_agent_corrected() {
		Workspace workspace = SupportWebSession.newWorkspace(this.workspaces);
		UUID kept = latestIncoming(workspace.id(), threadWithMessage(workspace.id(), "Livraison"));
		UUID corrected = latestIncoming(workspace.id(), threadWithMessage(workspace.id(), "Livraison"));
		this.jdbc.sql("UPDATE support_message SET action = 'auto' WHERE workspace_id = ? AND id IN (?, ?)")
			.params(workspace.id(), kept, corrected)
			.update();
		this.knowledge.addCorrection(workspace.id(), corrected, "reponse", "Texte automatique", "Texte corrigé",
				"agent@boutique.test");

		SupportKpis.Kpis figures = this.kpis.compute(workspace.id(), LocalDate.now().minusDays(1),
				LocalDate.now().plusDays(1));

		assertThat(figures.auto()).isEqualTo(2);
		assertThat(figures.timeSavedMinutes()).isEqualTo(figures.minutesPerMessage());
	}

	@Test
	void should_count_a_rewritten_reply_as_an_ai_correction_but_not_the_proposal_sent_as_is() {
		SupportWebSession manager = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.MANAGER);
		UUID workspace = manager.workspace.id();
		UUID kept = ticket(manager);
		UUID rewritten = ticket(manager);
		String proposal = this.store.message(workspace, this.tickets.find(workspace, kept).orElseThrow().messageId())
			.orElseThrow()
			.triage()
			.reponse();

		manager.form("/support/tickets/" + kept + "/reply", Map.of("text", proposal));
		manager.form("/support/tickets/" + rewritten + "/reply",
				Map.of("text", "Madame, je vous appelle demain matin pour organiser l'échange de l'appareil."));

		SupportKpis.Kpis figures = this.kpis.compute(workspace, LocalDate.now().minusDays(1),
				LocalDate.now().plusDays(1));
		assertThat(figures.corrected()).isEqualTo(1);
		assertThat(figures.reviewed()).isEqualTo(2);
		assertThat(figures.aiAccuracy()).isEqualTo(0.5);
	}

	private static UUID ticket(SupportWebSession session) {
		return UUID.fromString(session
			.postJson("/api/v1/support/messages", SupportApiIntegrationTests.REFUND.formatted(UUID.randomUUID()))
			.headers()
			.firstValue("X-Support-Ticket-Id")
			.orElseThrow());
	}

	private UUID threadWithMessage(UUID workspace, String category) {
		String customer = "client-" + UUID.randomUUID().toString().substring(0, 6) + "@exemple.test";
		UUID thread = this.store.createThread(workspace, "email", customer, "Ma commande", null, Instant.now());
		UUID message = this.store.insertMessage(new SupportStore.NewMessage(workspace, thread, "in", "email", customer,
				"Ma commande", "Où est mon colis ?", null, "fr", "<" + UUID.randomUUID() + "@exemple.test>", null,
				Instant.now(), Map.of(), List.of(), null));
		this.jdbc.sql("UPDATE support_message SET categorie = ? WHERE id = ?").params(category, message).update();
		return thread;
	}

	private UUID latestIncoming(UUID workspace, UUID thread) {
		return this.jdbc
			.sql("SELECT id FROM support_message WHERE workspace_id = ? AND thread_id = ? AND direction = 'in'")
			.params(workspace, thread)
			.query(UUID.class)
			.single();
	}

	private List<String> outgoing(UUID workspace) {
		return this.jdbc
			.sql("SELECT body FROM support_message WHERE workspace_id = ? AND direction = 'out' ORDER BY received_at")
			.params(workspace)
			.query(String.class)
			.list();
	}

	private static String token(String text) {
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("a rating link in %s", text).isTrue();
		return matcher.group(1);
	}

}
