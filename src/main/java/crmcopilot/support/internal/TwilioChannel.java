package crmcopilot.support.internal;

import java.util.Optional;

import crmcopilot.shared.outbox.OutboxChannel;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.shared.outbox.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/** SMS replies through Twilio's REST API with the workspace's account. */
@Component
class TwilioChannel implements OutboxChannel {

	private static final Logger log = LoggerFactory.getLogger(TwilioChannel.class);

	private final WorkspaceSupportConfig config;

	private final TwilioClient twilio;

	private final SupportSettings settings;

	TwilioChannel(WorkspaceSupportConfig config, TwilioClient twilio, SupportSettings settings) {
		this.config = config;
		this.twilio = twilio;
		this.settings = settings;
	}

	@Override
	public String kind() {
		return OutboxKinds.TWILIO;
	}

	@Override
	public Optional<String> deliver(OutboxItem item) throws TwilioClient.TwilioException, InterruptedException {
		TwilioClient.Account account = this.config.twilio(item.workspaceId())
			.orElseThrow(() -> new IllegalStateException("Twilio not configured for this workspace"));
		TwilioClient.Sent sent = this.twilio.send(account, item.target(), item.body());
		log.info("Outbox item {} sent through Twilio as {} ({})", item.id(), sent.sid(), sent.status());
		return Optional.of(sent.sid());
	}

	/**
	 * A request Twilio refuses (bad number, unverified sender...) fails the same way
	 * every time: given up at once, an agent may retry it from the outbox page.
	 */
	@Override
	public boolean permanent(Exception failure) {
		return failure instanceof TwilioClient.TwilioException twilio && twilio.permanent();
	}

	@Override
	public RetryPolicy retryPolicy() {
		return RetryPolicy.DEFAULT.withMaxAttempts(this.settings.maxAttempts());
	}

}
