package crmcopilot.support.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.support.InboundMessage;
import crmcopilot.mail.MailboxReader;
import crmcopilot.support.SupportIntake;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/** Reads each workspace's support mailbox and ingests what is new. */
@Service
public class MailboxPolling {

	private static final Logger log = LoggerFactory.getLogger(MailboxPolling.class);

	private static final int BATCH = 50;

	private final Workspaces workspaces;

	private final WorkspaceSupportConfig config;

	private final MailboxReader reader;

	private final SupportIntake intake;

	MailboxPolling(Workspaces workspaces, WorkspaceSupportConfig config, MailboxReader reader, SupportIntake intake) {
		this.workspaces = workspaces;
		this.config = config;
		this.reader = reader;
		this.intake = intake;
	}

	public void pollAll() {
		for (Workspace workspace : this.workspaces.all()) {
			try {
				poll(workspace.id());
			}
			catch (RuntimeException ex) {
				log.warn("Mailbox of workspace {} not read: {}", workspace.slug(), ex.getMessage());
			}
		}
	}

	/**
	 * @return messages ingested (duplicates excluded)
	 */
	public int poll(UUID workspaceId) {
		Optional<MailboxReader.MailboxCredentials> mailbox = this.config.imap(workspaceId);
		if (mailbox.isEmpty()) {
			return 0;
		}
		int stored = 0;
		for (MailboxReader.MailboxMessage mail : this.reader.readNew(mailbox.get(), BATCH)) {
			InboundMessage inbound = new InboundMessage("email", mail.from(), mail.subject(), mail.rawText(), false,
					null, mail.messageId(), mail.references(), mail.receivedAt(), Map.of(),
					mail.attachments()
						.stream()
						.map((a) -> new InboundMessage.Attachment(a.fileName(), a.contentType(), a.size()))
						.toList(),
					null);
			if (!this.intake.ingest(workspaceId, inbound).duplicate()) {
				stored++;
			}
		}
		return stored;
	}

}
