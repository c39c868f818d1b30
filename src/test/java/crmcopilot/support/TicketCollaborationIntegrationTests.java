package crmcopilot.support;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestClock;
import crmcopilot.TestSession;
import crmcopilot.support.internal.TicketPresence;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two agents on one ticket: each sees the other viewing or writing, a reply sent after
 * someone else replied is refused with the text kept, and a macro fills the reply box
 * from the ticket.
 */
@CopilotIntegrationTest
class TicketCollaborationIntegrationTests {

	private static final String MIXER = """
			{"channel":"email","from":"lea.martin@exemple.fr","subject":"Commande 4521",
			 "body":"Bonjour, mon mixeur est arrivé cassé, commande 4521. Que faire ?",
			 "externalId":"%s","metadata":{"name":"Léa Martin"}}""";

	private static final Pattern LAST_REPLY = Pattern.compile("name=\"lastReplyId\" value=\"([^\"]*)\"");

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void should_show_each_agent_the_other_viewing_then_writing() {
		SupportWebSession camille = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);
		TestSession alex = colleague(camille, "alex");
		String ticket = ticket(camille);

		camille.form("/support/tickets/" + ticket + "/presence", Map.of());
		String seenByAlex = alex.submit("/support/tickets/" + ticket + "/presence", Map.of()).body();
		alex.submit("/support/tickets/" + ticket + "/presence?writing=true", Map.of());
		String seenByCamille = camille.form("/support/tickets/" + ticket + "/presence", Map.of()).body();

		assertThat(seenByAlex).contains("Test AGENT consulte ce ticket");
		assertThat(seenByCamille).contains("Alex Colleague rédige une réponse").doesNotContain("Test AGENT");
	}

	@Test
	void should_forget_an_agent_who_stopped_reporting_for_thirty_seconds() {
		TestClock clock = new TestClock(Instant.parse("2026-12-06T10:00:00Z"));
		TicketPresence presence = new TicketPresence(this.jdbc, clock);
		UUID workspace = UUID.randomUUID();
		UUID ticket = UUID.randomUUID();
		presence.report(workspace, ticket, "alex@exemple.fr", "Alex", true);

		clock.advance(Duration.ofSeconds(20));
		assertThat(presence.others(workspace, ticket, "camille@exemple.fr"))
			.containsExactly(new TicketPresence.Present("Alex", true));
		presence.report(workspace, ticket, "alex@exemple.fr", "Alex", false);
		clock.advance(Duration.ofSeconds(15));
		assertThat(presence.others(workspace, ticket, "camille@exemple.fr"))
			.containsExactly(new TicketPresence.Present("Alex", false));
		clock.advance(Duration.ofSeconds(16));
		assertThat(presence.others(workspace, ticket, "camille@exemple.fr")).isEmpty();
	}

	@Test
	void should_refuse_a_reply_sent_after_another_one_and_keep_the_text_typed() {
		SupportWebSession camille = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);
		TestSession alex = colleague(camille, "alex");
		String ticket = ticket(camille);
		String lastReply = lastReply(camille.get("/support/tickets/" + ticket).body());
		assertThat(lastReply).isEmpty();

		HttpResponse<String> first = alex.submit("/support/tickets/" + ticket + "/reply",
				Map.of("text", "Bonjour, nous vous envoyons un mixeur neuf.", "lastReplyId", lastReply));
		HttpResponse<String> second = camille.form("/support/tickets/" + ticket + "/reply",
				Map.of("text", "Bonjour, nous vous remboursons le mixeur.", "lastReplyId", lastReply));
		HttpResponse<String> sameAgain = alex.submit("/support/tickets/" + ticket + "/reply",
				Map.of("text", "Bonjour, nous vous envoyons un mixeur neuf.", "lastReplyId", lastReply));

		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).contains("Un autre agent a répondu à ce ticket pendant que vous écriviez")
			.contains("Bonjour, nous vous remboursons le mixeur.");
		assertThat(sameAgain.statusCode()).isEqualTo(200);
		long replies = this.jdbc
			.sql("SELECT COUNT(*) FROM support_message WHERE workspace_id = ? AND direction = 'out'")
			.params(camille.workspace.id())
			.query(Long.class)
			.single();
		assertThat(replies).isEqualTo(1);
		// once the new reply is read, sending the kept text is a choice
		HttpResponse<String> resent = camille.form("/support/tickets/" + ticket + "/reply",
				Map.of("text", "Bonjour, nous vous remboursons le mixeur.", "lastReplyId", lastReply(second.body())));
		assertThat(resent.statusCode()).isEqualTo(302);
	}

	@Test
	void should_fill_the_reply_box_with_a_macro_completed_from_the_ticket() {
		SupportWebSession manager = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.MANAGER);
		String ticket = ticket(manager);
		String created = manager.postJson("/api/v1/support/macros", """
				{"title":"Échange","body":"Nous échangeons votre {produit} de la commande {commande}. {agent}",
				 "language":"fr"}""").body();
		String macroId = created.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");

		String page = manager.get("/support/tickets/" + ticket).body();
		String box = manager.get("/support/tickets/" + ticket + "/macros?macro=" + macroId).body();

		assertThat(page).contains("hx-get=\"/support/tickets/" + ticket + "/macros\"", "value=\"" + macroId + "\"");
		assertThat(box).contains("id=\"reply-text\"", "Bonjour Léa Martin,",
				"Nous échangeons votre mixeur de la commande 4521. Test MANAGER", "Test MANAGER\nLe service client");
	}

	private String ticket(SupportWebSession session) {
		HttpResponse<String> response = session.postJson("/api/v1/support/messages",
				MIXER.formatted(UUID.randomUUID()));
		return response.headers().firstValue("X-Support-Ticket-Id").orElseThrow();
	}

	private TestSession colleague(SupportWebSession session, String name) {
		String email = name + "@" + session.workspace.slug() + ".test";
		this.users.create(session.workspace.id(), email, "Alex Colleague", Role.AGENT, "password-1234");
		return TestSession.signedIn(this.port, email, "password-1234");
	}

	private static String lastReply(String page) {
		Matcher matcher = LAST_REPLY.matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
