package crmcopilot.support;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import crmcopilot.CopilotIntegrationTest;
import crmcopilot.shared.outbox.OutboxDrainer;
import crmcopilot.support.internal.MailboxPolling;
import crmcopilot.support.internal.Replies;
import crmcopilot.support.internal.SupportStore;
import crmcopilot.support.internal.WorkspaceSupportConfig;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * IMAP in and SMTP out against GreenMail: threading by Message-ID, attachments' metadata,
 * and an SMTP outage that loses nothing.
 */
// runs once, on H2: IMAP and SMTP are what it checks; the rows it writes are the
// support tests' own, which run on PostgreSQL too
@org.junit.jupiter.api.Tag("database-independent")
@CopilotIntegrationTest
class MailChannelIntegrationTests {

	private static final String MAILBOX = "support@boutique.test";

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceSupportConfig config;

	@Autowired
	MailboxPolling polling;

	@Autowired
	OutboxDrainer delivery;

	@Autowired
	Replies replies;

	@Autowired
	SupportStore store;

	@Autowired
	JdbcClient jdbc;

	private GreenMail greenMail;

	private GreenMailUser user;

	@BeforeEach
	void startMailServer() {
		this.greenMail = new GreenMail(new ServerSetup[] { new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort(),
				new ServerSetup(0, "127.0.0.1", "imap").dynamicPort() });
		this.greenMail.start();
		this.user = this.greenMail.setUser(MAILBOX, MAILBOX, "mail-password");
	}

	@AfterEach
	void stopMailServer() {
		this.greenMail.stop();
	}

	private MimeMessage customerMail(String messageId, String subject, String text, String inReplyTo) throws Exception {
		MimeMessage mail = new MimeMessage(Session.getInstance(new Properties())) {
			@Override
			protected void updateMessageID() throws jakarta.mail.MessagingException {
				setHeader("Message-ID", messageId);
			}
		};
		mail.setFrom(new InternetAddress("claire@client.test"));
		mail.setRecipients(jakarta.mail.Message.RecipientType.TO, MAILBOX);
		mail.setSubject(subject, "UTF-8");
		if (inReplyTo != null) {
			mail.setHeader("In-Reply-To", inReplyTo);
			mail.setHeader("References", inReplyTo);
		}
		MimeBodyPart body = new MimeBodyPart();
		body.setText(text, "UTF-8");
		MimeBodyPart attachment = new MimeBodyPart();
		attachment.setContent("%PDF-1.4 fake", "application/pdf");
		attachment.setFileName("facture.pdf");
		attachment.setDisposition(jakarta.mail.Part.ATTACHMENT);
		mail.setContent(new MimeMultipart(body, attachment));
		mail.saveChanges();
		return mail;
	}

	private Workspace workspaceWithMailbox(int smtpPort) {
		Workspace workspace = SupportWebSession.newWorkspace(this.workspaces);
		UUID id = workspace.id();
		this.config.put(id, "imap.host", "127.0.0.1");
		this.config.put(id, "imap.port", Integer.toString(this.greenMail.getImap().getPort()));
		this.config.put(id, "imap.ssl", "false");
		this.config.put(id, "imap.user", MAILBOX);
		this.config.putSecret(id, "imap.password", "mail-password");
		this.config.put(id, "smtp.host", "127.0.0.1");
		this.config.put(id, "smtp.port", Integer.toString(smtpPort));
		this.config.put(id, "smtp.security", "none");
		this.config.put(id, "smtp.from", MAILBOX);
		return workspace;
	}

	private List<SupportMessage> incoming(UUID workspaceId) {
		return this.jdbc.sql(
				"SELECT thread_id FROM support_message WHERE workspace_id = ? AND direction = 'in' ORDER BY received_at")
			.params(workspaceId)
			.query(UUID.class)
			.list()
			.stream()
			.distinct()
			.flatMap((thread) -> this.store.threadMessages(workspaceId, thread).stream())
			.filter(SupportMessage::incoming)
			.toList();
	}

	@Test
	void mail_is_read_threaded_answered_and_survives_an_smtp_outage() throws Exception {
		// given a mailbox holding a customer's mail, and an SMTP server that is down
		int closedPort = new java.net.ServerSocket(0).getLocalPort();
		Workspace workspace = workspaceWithMailbox(closedPort);
		UUID id = workspace.id();
		this.user.deliver(customerMail("<first-" + UUID.randomUUID() + "@client.test>", "Facture introuvable",
				"Bonjour,\nJe ne trouve pas la facture de la commande 48213.\n\nLe lun. 3 nov. 2025 à 10:12, Boutique <support@boutique.test> a écrit :\n> ancien message\n\nCordialement,\nClaire",
				null));

		// when the mailbox is read (twice: the second read finds nothing new)
		this.polling.poll(id);
		this.polling.poll(id);

		// then the mail is stored once, normalised, with its attachment's metadata
		List<SupportMessage> messages = incoming(id);
		assertThat(messages).hasSize(1);
		SupportMessage first = messages.get(0);
		assertThat(first.text()).isEqualTo("Bonjour,\nJe ne trouve pas la facture de la commande 48213.");
		assertThat(first.channel()).isEqualTo("email");
		assertThat(first.triage()).isNotNull();
		String attachments = this.jdbc.sql("SELECT attachments FROM support_message WHERE id = ?")
			.params(first.id())
			.query(String.class)
			.single();
		assertThat(attachments).contains("facture.pdf").contains("application/pdf");

		// when an agent answers while SMTP is down
		this.replies.send(id, first.threadId(), "Bonjour, voici votre facture.", "agent@boutique.test");
		this.delivery.deliverDue();

		// then the reply waits in the outbox with the error, nothing lost
		String status = this.jdbc.sql("SELECT status FROM outbox WHERE workspace_id = ? AND kind = 'EMAIL'")
			.params(id)
			.query(String.class)
			.single();
		assertThat(status).isEqualTo("PENDING");
		assertThat(this.greenMail.getReceivedMessagesForDomain("client.test")).isEmpty();

		// when SMTP is back and the retry is due
		this.config.put(id, "smtp.port", Integer.toString(this.greenMail.getSmtp().getPort()));
		this.jdbc.sql("UPDATE outbox SET next_attempt_at = ? WHERE workspace_id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), id)
			.update();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			this.delivery.deliverDue();
			return this.greenMail.getReceivedMessagesForDomain("client.test").length > 0;
		});

		// then exactly one mail went out, threaded on the customer's Message-ID
		MimeMessage[] sent = this.greenMail.getReceivedMessagesForDomain("client.test");
		assertThat(sent).hasSize(1);
		assertThat(sent[0].getHeader("In-Reply-To", null)).isEqualTo(first.externalId());
		assertThat(sent[0].getSubject()).isEqualTo("Re: Facture introuvable");
		assertThat(sent[0].getAllRecipients()[0].toString()).isEqualTo("claire@client.test");
		String ourMessageId = sent[0].getMessageID();
		assertThat(ourMessageId).endsWith("@crm-copilot>");

		// when the customer answers our mail
		this.user.deliver(customerMail("<second-" + UUID.randomUUID() + "@client.test>", "Re: Facture introuvable",
				"Merci, bien reçue !\n\n> Bonjour, voici votre facture.", ourMessageId));
		this.polling.poll(id);

		// then the answer joins the same thread
		List<SupportMessage> after = incoming(id);
		assertThat(after).hasSize(2);
		assertThat(after).extracting(SupportMessage::threadId).containsOnly(first.threadId());
		assertThat(after.get(1).text()).isEqualTo("Merci, bien reçue !");
		assertThat(Instant.now()).isAfter(first.receivedAt());
	}

}
