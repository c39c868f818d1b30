package crmcopilot.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A customer message as a channel delivers it, before normalisation.
 *
 * @param channel {@code email}, {@code form}, {@code api}, {@code sms}, {@code social}...
 * @param from the sender (email address, phone number, handle)
 * @param body plain text or HTML ({@code html} says which)
 * @param language ISO 639-1 code when the channel knows it, else detected
 * @param externalId the channel's id ({@code Message-ID} for email); never stored twice
 * @param references ids of earlier messages this one answers ({@code In-Reply-To},
 * {@code References})
 * @param callbackUrl where a reply to a webhook channel is posted
 */
public record InboundMessage(String channel, String from, @Nullable String subject, String body, boolean html,
		@Nullable String language, @Nullable String externalId, List<String> references, @Nullable Instant receivedAt,
		Map<String, String> metadata, List<Attachment> attachments, @Nullable String callbackUrl) {

	public InboundMessage {
		references = List.copyOf(references);
		metadata = Map.copyOf(metadata);
		attachments = List.copyOf(attachments);
	}

	public static InboundMessage of(String channel, String from, @Nullable String subject, String body) {
		return new InboundMessage(channel, from, subject, body, false, null, null, List.of(), null, Map.of(), List.of(),
				null);
	}

	/**
	 * Metadata of an attachment (the content itself is not kept).
	 */
	public record Attachment(String fileName, String contentType, long size) {
	}

}
