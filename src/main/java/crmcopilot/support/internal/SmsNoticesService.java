package crmcopilot.support.internal;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxMessage;
import crmcopilot.support.SmsNotices;

import org.springframework.stereotype.Service;

/** SMS notices as Twilio outbox items, delivered by {@link TwilioChannel}. */
@Service
class SmsNoticesService implements SmsNotices {

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

	private final WorkspaceSupportConfig config;

	private final Outbox outbox;

	SmsNoticesService(WorkspaceSupportConfig config, Outbox outbox) {
		this.config = config;
		this.outbox = outbox;
	}

	@Override
	public boolean available(UUID workspaceId) {
		return this.config.twilio(workspaceId).isPresent();
	}

	@Override
	public void send(UUID workspaceId, String phone, String text, @Nullable UUID reference) {
		if (!E164.matcher(phone).matches()) {
			throw new InvalidInputException("phone", "support.sms.error.phone", new Object[0],
					"The phone number must be in international format (E.164), such as +33612345678.");
		}
		this.outbox.enqueue(new OutboxMessage(workspaceId, OutboxKinds.TWILIO, phone, null, text, Map.of(), reference));
	}

}
