package crmcopilot.opportunities;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.opportunities.internal.MailboxCapture;
import crmcopilot.opportunities.internal.OpportunityCapture;
import crmcopilot.opportunities.internal.OpportunityDraft;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceSettings;
import crmcopilot.workspace.WorkspaceUser;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sales mailbox against GreenMail: mails become drafts once, a second poll creates
 * nothing, a mailbox that cannot be reached loses nothing and says why on the settings
 * page.
 */
@CopilotIntegrationTest
class MailboxCaptureIntegrationTests {

	private static final String MAILBOX = "ventes@itsolutions.test";

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	WorkspaceSettings settings;

	@Autowired
	MailboxCapture mailboxes;

	@Autowired
	OpportunityCapture capture;

	@LocalServerPort
	int port;

	private GreenMail greenMail;

	@BeforeEach
	void startMailServer() {
		this.greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", "imap").dynamicPort());
		this.greenMail.start();
		this.greenMail.setUser(MAILBOX, MAILBOX, "mail-secret");
	}

	@AfterEach
	void stopMailServer() {
		this.greenMail.stop();
	}

	private void deliver(String messageId, String subject, String text) throws MessagingException {
		MimeMessage mail = new MimeMessage(Session.getInstance(new Properties())) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", messageId);
			}
		};
		mail.setFrom(new InternetAddress("fatou.sarr@sonatel-demo.sn"));
		mail.setRecipients(Message.RecipientType.TO, MAILBOX);
		mail.setSubject(subject, "UTF-8");
		mail.setText(text, "UTF-8");
		mail.saveChanges();
		this.greenMail.getUserManager().getUser(MAILBOX).deliver(mail);
	}

	private List<OpportunityDraft> emailDrafts(UUID workspaceId) {
		return this.capture.drafts(workspaceId, null, PageQuery.of(0, 50))
			.items()
			.stream()
			.filter((draft) -> OpportunityCapture.EMAIL.equals(draft.sourceKind()))
			.toList();
	}

	@Test
	void should_turn_each_new_mail_into_one_draft() throws Exception {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Boîte commerciale");
		this.mailboxes.configure(workspace.id(), "127.0.0.1", Integer.toString(this.greenMail.getImap().getPort()),
				false, "INBOX", MAILBOX, "mail-secret");
		assertThat(this.settings.get(workspace.id(), "opportunities.mailbox.password")).get()
			.isNotEqualTo("mail-secret");
		deliver("<m1@sonatel-demo.sn>", "Renouvellement licences",
				"""
						Bonjour,
						Nous souhaitons renouveler nos licences Microsoft 365 pour 250 postes, budget 45 millions FCFA, avant le 15 mars.
						Fatou Sarr, Directrice des achats, Sonatel SA, +221 77 123 45 67""");
		deliver("<m2@sonatel-demo.sn>", "Maintenance réseau",
				"Bonjour, la Senelec SA souhaite un contrat de maintenance de son réseau, budget 8 millions FCFA. Awa Ndiaye");

		assertThat(this.mailboxes.poll(workspace.id())).isEqualTo(2);

		List<OpportunityDraft> drafts = emailDrafts(workspace.id());
		assertThat(drafts).hasSize(2);
		OpportunityDraft licences = drafts.stream()
			.filter((draft) -> "Renouvellement licences".equals(draft.sourceName()))
			.findFirst()
			.orElseThrow();
		assertThat(licences.text()).startsWith("De : fatou.sarr@sonatel-demo.sn\nObjet : Renouvellement licences")
			.contains("250 postes");
		assertThat(licences.values()).containsEntry("currency", "XOF").containsKey("accountName");

		// a second poll, and the same mails marked unread again, create nothing
		assertThat(this.mailboxes.poll(workspace.id())).isZero();
		deliver("<m1@sonatel-demo.sn>", "Renouvellement licences", "Bonjour, relance.");
		assertThat(this.mailboxes.poll(workspace.id())).isZero();
		assertThat(emailDrafts(workspace.id())).hasSize(2);
		assertThat(this.mailboxes.recent(workspace.id(), 10)).hasSize(2);
	}

	@Test
	void should_lose_nothing_when_the_server_is_down_and_say_why_on_the_settings_page() throws Exception {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Boîte en panne");
		WorkspaceUser manager = TestWorkspaces.user(this.users, workspace, Role.MANAGER);
		TestSession session = TestSession.signedIn(this.port, manager.email(), TestWorkspaces.PASSWORD);
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		HttpResponse<String> saved = session.submit("/opportunities/settings/mailbox", Map.of("host", "127.0.0.1",
				"port", Integer.toString(closedPort), "folder", "INBOX", "user", MAILBOX, "password", "mail-secret"));
		assertThat(saved.statusCode()).isEqualTo(302);
		deliver("<down-1@sonatel-demo.sn>", "Projet fibre",
				"La société Orange Sénégal SA lance un projet fibre, budget 30 millions FCFA.");

		// the server is unreachable: the poll fails, the page says why
		assertThatThrownBy(() -> this.mailboxes.poll(workspace.id())).isInstanceOf(IllegalStateException.class);
		HttpResponse<String> polled = session.submit("/opportunities/settings/mailbox/poll", Map.of());
		assertThat(polled.statusCode()).isEqualTo(302);
		HttpResponse<String> page = session.get("/opportunities/settings");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"mailbox-error\"").contains("Cannot read mailbox");
		assertThat(emailDrafts(workspace.id())).isEmpty();

		// the right port: the mail waiting on the server becomes a draft, the error goes
		// away
		HttpResponse<String> fixed = session.submit("/opportunities/settings/mailbox",
				Map.of("host", "127.0.0.1", "port", Integer.toString(this.greenMail.getImap().getPort()), "folder",
						"INBOX", "user", MAILBOX, "password", ""));
		assertThat(fixed.statusCode()).isEqualTo(302);
		assertThat(session.submit("/opportunities/settings/mailbox/poll", Map.of()).statusCode()).isEqualTo(302);
		assertThat(emailDrafts(workspace.id())).singleElement()
			.satisfies((draft) -> assertThat(draft.text()).contains("projet fibre"));
		HttpResponse<String> after = session.get("/opportunities/settings");
		assertThat(after.body()).doesNotContain("id=\"mailbox-error\"").contains("Projet fibre");
	}

	@Test
	void should_refuse_incomplete_settings_and_hide_the_page_from_agents() {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Réglages refusés");
		WorkspaceUser manager = TestWorkspaces.user(this.users, workspace, Role.MANAGER);
		TestSession session = TestSession.signedIn(this.port, manager.email(), TestWorkspaces.PASSWORD);
		HttpResponse<String> refused = session.submit("/opportunities/settings/mailbox",
				Map.of("host", "imap.example.com", "port", "99999", "user", MAILBOX, "password", "x"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("port");
		assertThat(this.mailboxes.mailbox(workspace.id()).configured()).isFalse();

		WorkspaceUser agent = TestWorkspaces.user(this.users, workspace, Role.AGENT);
		TestSession agentSession = TestSession.signedIn(this.port, agent.email(), TestWorkspaces.PASSWORD);
		assertThat(agentSession.get("/opportunities/settings").statusCode()).isEqualTo(403);
	}

}
