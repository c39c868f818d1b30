package crmcopilot.support.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxMessage;
import crmcopilot.support.internal.satisfaction.SatisfactionSurveys;
import crmcopilot.support.internal.whatsapp.WhatsAppAccounts;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Sends a reply on a thread: stored on the thread, queued in the outbox for the thread's
 * channel (mail with threading headers, Twilio's REST API for SMS when the workspace has
 * a Twilio account, WhatsApp's Cloud API, or the channel's callback URL), and counted as
 * the first answer of the thread's ticket. An automatic reply carries the link of its
 * satisfaction survey.
 */
@Service
public class Replies {

	private static final String SMS = "sms";

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$");

	private final SupportStore store;

	private final TicketStore tickets;

	private final Outbox outbox;

	private final WorkspaceSupportConfig config;

	private final JsonMapper json;

	private final SatisfactionSurveys surveys;

	Replies(SupportStore store, TicketStore tickets, Outbox outbox, WorkspaceSupportConfig config, JsonMapper json,
			SatisfactionSurveys surveys) {
		this.store = store;
		this.tickets = tickets;
		this.outbox = outbox;
		this.config = config;
		this.json = json;
		this.surveys = surveys;
	}

	/**
	 * @param author {@code ai} or the agent's identity
	 * @return the stored outgoing message
	 */
	public UUID send(UUID workspaceId, UUID threadId, String text, String author) {
		SupportStore.ThreadInfo thread = this.store.thread(workspaceId, threadId).orElseThrow();
		return send(workspaceId, new KnownThread(thread, language(workspaceId, threadId), null, true), text, author,
				Instant.now());
	}

	/**
	 * What the caller already knows of a thread, to spare the queries that would read it
	 * again.
	 *
	 * @param language the language of the reply (that of the last incoming message)
	 * @param externalIds the external ids of the thread's messages in order, or
	 * {@code null} to read them
	 * @param mayHaveTicket {@code false} for a thread created with its only message
	 */
	record KnownThread(SupportStore.ThreadInfo thread, String language, @Nullable List<String> externalIds,
			boolean mayHaveTicket) {
	}

	UUID send(UUID workspaceId, KnownThread known, String text, String author, Instant now) {
		SupportStore.ThreadInfo thread = known.thread();
		UUID threadId = thread.id();
		String messageId = "<" + UUID.randomUUID() + "@crm-copilot>";
		String subject = replySubject(thread.subject());
		String sent = this.surveys.withInvitation(workspaceId, threadId, messageId, author, text, known.language());
		UUID replyId = this.store
			.insertMessage(new SupportStore.NewMessage(workspaceId, threadId, "out", thread.channel(), author, subject,
					sent, null, known.language(), messageId, null, now, Map.of(), List.of(), author));
		this.store.touchThread(workspaceId, threadId, now, null);
		this.store.markThreadAnswered(workspaceId, threadId, now);
		if (known.mayHaveTicket()) {
			this.tickets.latestOfThread(workspaceId, threadId)
				.ifPresent((ticket) -> this.tickets.markFirstResponse(workspaceId, ticket.id(), now));
		}
		queue(workspaceId, thread, subject, sent, messageId, replyId, known.externalIds());
		return replyId;
	}

	private void queue(UUID workspaceId, SupportStore.ThreadInfo thread, String subject, String text, String messageId,
			UUID replyId, @Nullable List<String> knownExternalIds) {
		if (thread.callbackUrl() == null && WhatsAppAccounts.CHANNEL.equals(thread.channel())) {
			// queued even before the number is set up: the reply waits in the outbox
			this.outbox.enqueue(new OutboxMessage(workspaceId, OutboxKinds.WHATSAPP, thread.customer(), null, text,
					Map.of(), replyId));
			return;
		}
		if (thread.callbackUrl() == null && SMS.equals(thread.channel())
				&& this.config.twilio(workspaceId).isPresent()) {
			this.outbox.enqueue(new OutboxMessage(workspaceId, OutboxKinds.TWILIO, thread.customer(), null, text,
					Map.of(), replyId));
			return;
		}
		Optional<String> callback = Optional.ofNullable(thread.callbackUrl())
			.or(() -> this.config.get(workspaceId, "callback-url." + thread.channel()));
		if (callback.isPresent()) {
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("to", thread.customer());
			payload.put("channel", thread.channel());
			payload.put("text", text);
			payload.put("thread", thread.id().toString());
			payload.put("message", replyId.toString());
			String body = this.json.writeValueAsString(payload);
			Map<String, String> headers = this.config.secret(workspaceId, "webhook.secret")
				.map((secret) -> Map.of(Signatures.HEADER,
						Signatures.sign(secret, body.getBytes(StandardCharsets.UTF_8))))
				.orElse(Map.of());
			this.outbox.enqueue(
					new OutboxMessage(workspaceId, OutboxKinds.WEBHOOK, callback.get(), null, body, headers, replyId));
			return;
		}
		if (EMAIL.matcher(thread.customer()).matches()) {
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Message-ID", messageId);
			List<String> previous = ((knownExternalIds != null) ? knownExternalIds
					: this.store.externalIdsOfThread(workspaceId, thread.id()))
				.stream()
				.filter((id) -> id.startsWith("<") && !id.equals(messageId))
				.toList();
			if (!previous.isEmpty()) {
				headers.put("In-Reply-To", previous.get(previous.size() - 1));
				headers.put("References", String.join(" ", previous));
			}
			this.outbox.enqueue(new OutboxMessage(workspaceId, OutboxKinds.EMAIL, thread.customer(), subject, text,
					headers, replyId));
		}
	}

	private String language(UUID workspaceId, UUID threadId) {
		List<crmcopilot.support.SupportMessage> messages = this.store.threadMessages(workspaceId, threadId);
		for (int i = messages.size() - 1; i >= 0; i--) {
			if (messages.get(i).incoming()) {
				return messages.get(i).language();
			}
		}
		return "fr";
	}

	static String replySubject(@Nullable String subject) {
		if (subject == null || subject.isBlank()) {
			return "Re: votre message";
		}
		return subject.regionMatches(true, 0, "re:", 0, 3) ? subject : "Re: " + subject;
	}

}
