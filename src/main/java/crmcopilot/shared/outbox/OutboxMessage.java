package crmcopilot.shared.outbox;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something to deliver, as a module enqueues it.
 *
 * @param kind the kind of item, naming the {@link OutboxChannel} that delivers it
 * @param target where it goes: an email address, a phone number, a URL, a record id
 * @param subject a mail subject, or null
 * @param body what is sent (text, JSON)
 * @param headers mail or HTTP headers, or whatever the channel needs besides the body
 * @param referenceId the id of the business object the item is about (a message, an
 * opportunity), or null
 */
public record OutboxMessage(UUID workspaceId, String kind, String target, @Nullable String subject, String body,
		Map<String, String> headers, @Nullable UUID referenceId) {

	public OutboxMessage {
		headers = Map.copyOf(headers);
	}

}
