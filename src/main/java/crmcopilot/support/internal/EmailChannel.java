package crmcopilot.support.internal;

import java.util.Optional;

import crmcopilot.mail.MailSender;
import crmcopilot.mail.OutgoingMail;
import crmcopilot.mail.SmtpServer;
import crmcopilot.shared.outbox.OutboxChannel;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.shared.outbox.RetryPolicy;

import org.springframework.stereotype.Component;

/** Mail replies, sent through the workspace's SMTP server. */
@Component
class EmailChannel implements OutboxChannel {

	private final WorkspaceSupportConfig config;

	private final MailSender mail;

	private final SupportSettings settings;

	EmailChannel(WorkspaceSupportConfig config, MailSender mail, SupportSettings settings) {
		this.config = config;
		this.mail = mail;
		this.settings = settings;
	}

	@Override
	public String kind() {
		return OutboxKinds.EMAIL;
	}

	@Override
	public Optional<String> deliver(OutboxItem item) {
		SmtpServer server = this.config.smtp(item.workspaceId())
			.orElseThrow(() -> new IllegalStateException("SMTP not configured for this workspace"));
		this.mail.send(server, new OutgoingMail(item.target(), item.subject(), item.body(), item.headers()));
		return Optional.empty();
	}

	@Override
	public RetryPolicy retryPolicy() {
		return RetryPolicy.DEFAULT.withMaxAttempts(this.settings.maxAttempts());
	}

}
