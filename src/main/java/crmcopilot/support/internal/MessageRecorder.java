package crmcopilot.support.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.mail.MessageNormaliser;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.Texts;
import crmcopilot.support.InboundMessage;
import crmcopilot.support.SupportMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Stores an incoming message on its thread (found by mail references, or the same
 * customer on the same channel within a few days, else created), normalised and with its
 * language; the caller gives the transaction.
 */
@Component
class MessageRecorder {

	/** Non-mail channels have no threading headers: same customer within this delay. */
	private static final Duration CONVERSATION_WINDOW = Duration.ofDays(3);

	private final SupportStore store;

	private final MessageNormaliser normaliser;

	private final SupportLanguages languages;

	private final WorkspaceSupportConfig config;

	MessageRecorder(SupportStore store, MessageNormaliser normaliser, SupportLanguages languages,
			WorkspaceSupportConfig config) {
		this.store = store;
		this.normaliser = normaliser;
		this.languages = languages;
		this.config = config;
	}

	/**
	 * A message just stored, as written (spares reading it back before the triage).
	 *
	 * @param newThread {@code null} for an existing thread, else the thread created with
	 * this message
	 */
	record Stored(SupportMessage message, Map<String, String> metadata, SupportStore.@Nullable ThreadInfo newThread) {
	}

	Stored store(UUID workspaceId, InboundMessage inbound, @Nullable String externalId) {
		String text = this.normaliser.normalise(inbound.body(), inbound.html());
		if (text.isBlank() && (inbound.subject() == null || inbound.subject().isBlank())) {
			throw new InvalidInputException("body", "the message is empty");
		}
		String language = language(workspaceId, inbound, text);
		Instant receivedAt = ((inbound.receivedAt() != null) ? inbound.receivedAt() : Instant.now())
			.truncatedTo(ChronoUnit.MICROS);
		String channel = inbound.channel().strip().toLowerCase(Locale.ROOT);
		String customer = inbound.from().strip();
		UUID threadId = this.store.threadOfExternalIds(workspaceId, inbound.references())
			.or(() -> "email".equals(channel) ? Optional.empty()
					: this.store.recentThread(workspaceId, channel, customer, receivedAt.minus(CONVERSATION_WINDOW)))
			.orElse(null);
		SupportStore.ThreadInfo newThread = null;
		if (threadId == null) {
			threadId = this.store.createThread(workspaceId, channel, customer, inbound.subject(), inbound.callbackUrl(),
					receivedAt);
			newThread = new SupportStore.ThreadInfo(threadId, channel, customer, Texts.truncate(inbound.subject(), 500),
					inbound.callbackUrl());
		}
		else {
			this.store.touchThread(workspaceId, threadId, receivedAt, inbound.callbackUrl());
		}
		String inReplyTo = inbound.references().isEmpty() ? null : inbound.references().get(0);
		Map<String, String> metadata = new LinkedHashMap<>(inbound.metadata());
		UUID messageId = this.store.insertMessage(new SupportStore.NewMessage(workspaceId, threadId, "in", channel,
				customer, inbound.subject(), text, inbound.body(), language, externalId, inReplyTo, receivedAt,
				metadata, inbound.attachments(), null));
		SupportMessage message = new SupportMessage(messageId, workspaceId, threadId, "in", channel,
				Texts.truncate(customer, 320), Texts.truncate(inbound.subject(), 500), text, language, externalId,
				receivedAt, null, null, null);
		return new Stored(message, metadata, newThread);
	}

	private String language(UUID workspaceId, InboundMessage inbound, String text) {
		String given = SupportIntakeService.blankToNull(inbound.language());
		if (given != null) {
			return given.toLowerCase(Locale.ROOT).substring(0, Math.min(2, given.length()));
		}
		String detected = this.languages.detect(((inbound.subject() != null) ? inbound.subject() + "\n" : "") + text);
		if ("und".equals(detected)) {
			return this.config.workspace(workspaceId).locale().getLanguage();
		}
		return detected;
	}

}
