package crmcopilot.support.internal.whatsapp;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.outbox.OutboxChannel;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.shared.outbox.RetryPolicy;
import crmcopilot.support.internal.OutboxKinds;
import crmcopilot.support.internal.SupportSettings;
import crmcopilot.support.internal.WorkspaceSupportConfig;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Replies on WhatsApp through the Cloud API: free text inside the 24-hour
 * customer-service window, the workspace's approved template outside it, or refused with
 * the reason in the workspace's language when it has none. Throttling (429, code 130429)
 * and outages are retried; other refusals are given up at once for a person to retry.
 */
@Component
class WhatsAppChannel implements OutboxChannel {

	private final WhatsAppAccounts accounts;

	private final GraphApiClient graph;

	private final CustomerServiceWindow window;

	private final WhatsAppDeliveries deliveries;

	private final WorkspaceSupportConfig config;

	private final MessageSource messages;

	private final SupportSettings settings;

	WhatsAppChannel(WhatsAppAccounts accounts, GraphApiClient graph, CustomerServiceWindow window,
			WhatsAppDeliveries deliveries, WorkspaceSupportConfig config, MessageSource messages,
			SupportSettings settings) {
		this.accounts = accounts;
		this.graph = graph;
		this.window = window;
		this.deliveries = deliveries;
		this.config = config;
		this.messages = messages;
		this.settings = settings;
	}

	/** Not delivered, with the reason in the workspace's language. */
	static final class NotDelivered extends Exception {

		private final boolean permanent;

		NotDelivered(String message, boolean permanent) {
			super(message);
			this.permanent = permanent;
		}

	}

	@Override
	public String kind() {
		return OutboxKinds.WHATSAPP;
	}

	@Override
	public Optional<String> deliver(OutboxItem item) throws NotDelivered, InterruptedException {
		UUID workspaceId = item.workspaceId();
		// not permanent: the reply waits in the outbox until the number is set up
		WhatsAppAccount account = this.accounts.account(workspaceId)
			.orElseThrow(() -> new NotDelivered(reason(workspaceId, "support.whatsapp.error.notConfigured"), false));
		Instant now = Instant.now();
		boolean open = Optional.ofNullable(item.referenceId())
			.flatMap((replyId) -> this.window.threadOfMessage(workspaceId, replyId))
			.map((threadId) -> this.window.open(workspaceId, threadId, now))
			.orElse(true);
		if (!open && account.template() == null) {
			throw new NotDelivered(reason(workspaceId, "support.whatsapp.error.windowClosed"), true);
		}
		String wamid;
		try {
			wamid = open ? this.graph.sendText(account, item.target(), item.body()) : this.graph.sendTemplate(account,
					item.target(), account.template(), account.templateLanguage(), item.body());
		}
		catch (GraphApiClient.GraphApiException ex) {
			if (ex.windowClosed()) {
				throw new NotDelivered(reason(workspaceId, "support.whatsapp.error.windowClosed"), true);
			}
			String key = ex.retryable() ? "support.whatsapp.error.retried" : "support.whatsapp.error.refused";
			throw new NotDelivered(reason(workspaceId, key, String.valueOf(ex.code()),
					(ex.httpStatus() > 0) ? String.valueOf(ex.httpStatus()) : "-",
					(ex.detail() != null) ? ex.detail() : ex.getMessage()), !ex.retryable());
		}
		if (item.referenceId() != null) {
			this.deliveries.accepted(workspaceId, item.referenceId(), wamid, now);
		}
		return Optional.of(wamid);
	}

	@Override
	public boolean permanent(Exception failure) {
		return failure instanceof NotDelivered notDelivered && notDelivered.permanent;
	}

	@Override
	public RetryPolicy retryPolicy() {
		return RetryPolicy.DEFAULT.withMaxAttempts(this.settings.maxAttempts());
	}

	private String reason(UUID workspaceId, String key, Object... args) {
		Locale locale = this.config.workspace(workspaceId).locale();
		return this.messages.getMessage(key, args, key, locale);
	}

}
