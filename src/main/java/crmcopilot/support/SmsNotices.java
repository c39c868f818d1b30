package crmcopilot.support;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Short text messages other modules send to a person's phone (an appointment reminder)
 * through the workspace's Twilio account, by the outbox.
 */
public interface SmsNotices {

	/** Whether the workspace has a Twilio account to send from. */
	boolean available(UUID workspaceId);

	/**
	 * Enqueues one SMS in the caller's transaction; the outbox delivers it with the
	 * workspace's Twilio account.
	 * @param phone the number in E.164 ({@code +33612345678})
	 * @param reference the id of what the message is about (to find it in the outbox), or
	 * null
	 * @throws crmcopilot.shared.InvalidInputException naming {@code phone} when the
	 * number is not E.164
	 */
	void send(UUID workspaceId, String phone, String text, @Nullable UUID reference);

}
