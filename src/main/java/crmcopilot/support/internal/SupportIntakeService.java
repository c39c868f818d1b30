package crmcopilot.support.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.TaskOutcome;
import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.mail.MessageNormaliser;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxMessage;
import crmcopilot.support.Ingestion;
import crmcopilot.support.InboundMessage;
import crmcopilot.support.MessageAnswered;
import crmcopilot.support.MessageEscalated;
import crmcopilot.support.SupportIntake;
import crmcopilot.support.SupportMessage;
import crmcopilot.support.TriageResult;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each message first (its own transaction), then triages it through the AI
 * gateway, then routes it: an automatic reply queued in the outbox, or a ticket with its
 * SLA and a notification.
 */
@Service
public class SupportIntakeService implements SupportIntake {

	/** Non-mail channels have no threading headers: same customer within this delay. */
	private static final Duration CONVERSATION_WINDOW = Duration.ofDays(3);

	private static final int ROUTING_ATTEMPTS = 3;

	private final SupportStore store;

	private final TicketStore tickets;

	private final MessageNormaliser normaliser;

	private final SupportLanguages languages;

	private final TriageSetups setups;

	private final AiGateway gateway;

	private final TriageTask task;

	private final Replies replies;

	private final WorkspaceSupportConfig config;

	private final AuditJournal journal;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Outbox outbox;

	SupportIntakeService(SupportStore store, TicketStore tickets, MessageNormaliser normaliser,
			SupportLanguages languages, TriageSetups setups, AiGateway gateway, TriageTask task, Replies replies,
			WorkspaceSupportConfig config, AuditJournal journal, ApplicationEventPublisher events,
			TransactionTemplate transactions, Outbox outbox) {
		this.store = store;
		this.tickets = tickets;
		this.normaliser = normaliser;
		this.languages = languages;
		this.setups = setups;
		this.gateway = gateway;
		this.task = task;
		this.replies = replies;
		this.config = config;
		this.journal = journal;
		this.events = events;
		this.transactions = transactions;
		this.outbox = outbox;
	}

	@Override
	public Ingestion ingest(UUID workspaceId, InboundMessage inbound) {
		String externalId = blankToNull(inbound.externalId());
		if (externalId != null) {
			Optional<SupportMessage> existing = this.store.messageByExternalId(workspaceId, externalId);
			if (existing.isPresent()) {
				return duplicate(workspaceId, existing.get());
			}
		}
		Stored stored;
		try {
			stored = this.transactions.execute((status) -> store(workspaceId, inbound, externalId));
		}
		catch (DuplicateKeyException ex) {
			// the same message arrived twice at the same moment
			return duplicate(workspaceId, this.store.messageByExternalId(workspaceId, externalId).orElseThrow());
		}
		return triageAndRoute(workspaceId, stored.message(), stored.metadata(), stored.newThread());
	}

	/**
	 * A message just stored, as written (spares reading it back before the triage).
	 *
	 * @param newThread {@code null} for an existing thread, else the thread created with
	 * this message
	 */
	private record Stored(SupportMessage message, Map<String, String> metadata,
			SupportStore.@Nullable ThreadInfo newThread) {
	}

	private Ingestion duplicate(UUID workspaceId, SupportMessage message) {
		UUID ticketId = this.tickets.ofMessage(workspaceId, message.id()).map(Ticket::id).orElse(null);
		return new Ingestion(message, true, ticketId);
	}

	private Stored store(UUID workspaceId, InboundMessage inbound, @Nullable String externalId) {
		String text = this.normaliser.normalise(inbound.body(), inbound.html());
		if (text.isBlank() && (inbound.subject() == null || inbound.subject().isBlank())) {
			throw new crmcopilot.shared.InvalidInputException("body", "the message is empty");
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
			newThread = new SupportStore.ThreadInfo(threadId, channel, customer,
					SupportStore.truncate(inbound.subject(), 500), inbound.callbackUrl());
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
				SupportStore.truncate(customer, 320), SupportStore.truncate(inbound.subject(), 500), text, language,
				externalId, receivedAt, null, null, null);
		return new Stored(message, metadata, newThread);
	}

	private String language(UUID workspaceId, InboundMessage inbound, String text) {
		String given = blankToNull(inbound.language());
		if (given != null) {
			return given.toLowerCase(Locale.ROOT).substring(0, Math.min(2, given.length()));
		}
		String detected = this.languages.detect(((inbound.subject() != null) ? inbound.subject() + "\n" : "") + text);
		if ("und".equals(detected)) {
			return this.config.workspace(workspaceId).locale().getLanguage();
		}
		return detected;
	}

	/** Triages a stored message and routes it; also used to recover untriaged ones. */
	public Ingestion triageAndRoute(UUID workspaceId, UUID messageId) {
		SupportMessage message = this.store.message(workspaceId, messageId).orElseThrow();
		return triageAndRoute(workspaceId, message, this.store.metadata(workspaceId, messageId), null);
	}

	private Ingestion triageAndRoute(UUID workspaceId, SupportMessage message, Map<String, String> metadata,
			SupportStore.@Nullable ThreadInfo newThread) {
		UUID messageId = message.id();
		TriageSetup setup = this.setups.setup(workspaceId);
		// a thread created with this message holds no earlier one
		boolean followUp = newThread == null
				&& this.store.hasUnansweredBefore(workspaceId, message.threadId(), messageId);
		TriageRequest request = new TriageRequest(message.subject(), message.text(), message.channel(),
				message.language(), metadata, followUp, blankToNull(metadata.get("name")), setup);
		TaskOutcome<TriageResult> outcome = this.gateway.run(workspaceId, this.task, request);
		TriageResult triage = enforceRules(outcome, request);
		UUID ticketId = null;
		Instant routedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
		for (int attempt = 1;; attempt++) {
			try {
				ticketId = this.transactions.execute((status) -> {
					this.store.saveTriage(workspaceId, messageId, triage, outcome.engine());
					return route(workspaceId, message, triage, newThread, routedAt);
				});
				break;
			}
			catch (TransientDataAccessException ex) {
				// a lock held by a concurrent writer (the audit chain head, say): the
				// whole
				// routing rolled back, so trying again is safe
				if (attempt >= ROUTING_ATTEMPTS) {
					throw ex;
				}
			}
		}
		if (newThread != null) {
			// the message as now stored: its thread holds nothing else, so only an
			// automatic reply answered it
			Instant answeredAt = (triage.automatic() && !message.receivedAt().isAfter(routedAt)) ? routedAt : null;
			return new Ingestion(
					new SupportMessage(messageId, workspaceId, message.threadId(), message.direction(),
							message.channel(), message.sender(), message.subject(), message.text(), message.language(),
							message.externalId(), message.receivedAt(), message.author(), triage, answeredAt),
					false, ticketId);
		}
		SupportMessage stored = this.store.message(workspaceId, messageId).orElseThrow();
		return new Ingestion(stored, false, ticketId);
	}

	/**
	 * An LLM may answer differently from the offline engine; the routing rules and the
	 * grounding check are ours, whatever the engine.
	 */
	private TriageResult enforceRules(TaskOutcome<TriageResult> outcome, TriageRequest request) {
		TriageResult result = outcome.result();
		if (outcome.offline()) {
			return result;
		}
		TriageSetup setup = request.setup();
		OfflineTriageEngine.Grounding grounding = OfflineTriageEngine.ground(request, result.categorie());
		double confidence = result.confiance().getOrDefault("categorie", result.globalConfidence());
		RoutingRules.Decision decision = RoutingRules.decide(setup.category(result.categorie()).orElse(null),
				confidence, setup.threshold(), result.priorite(), grounding.grounded());
		Map<String, String> reasons = new LinkedHashMap<>(result.raisons());
		reasons.put("action", decision.reason());
		String reply = grounding.grounded() ? result.reponse() : grounding.reply();
		return new TriageResult(result.resume(), result.categorie(), result.priorite(), reply, decision.action(),
				result.langue(), result.confiance(), reasons);
	}

	private @Nullable UUID route(UUID workspaceId, SupportMessage message, TriageResult triage,
			SupportStore.@Nullable ThreadInfo newThread, Instant routedAt) {
		if (triage.automatic()) {
			UUID replyId = (newThread != null)
					? this.replies.send(workspaceId,
							new Replies.KnownThread(newThread, message.language(),
									(message.externalId() != null) ? List.of(message.externalId()) : List.of(), false),
							triage.reponse(), "ai", routedAt)
					: this.replies.send(workspaceId, message.threadId(), triage.reponse(), "ai");
			this.journal.record(AuditEvent
				.of(workspaceId, "support.reply.auto", "support-message", message.id().toString(),
						triage.raisons().get("action"),
						Map.of("reply", replyId.toString(), "categorie", triage.categorie(), "priorite",
								triage.priorite(), "confiance", triage.globalConfidence()))
				.by("ai", "ai"));
			this.events.publishEvent(new MessageAnswered(workspaceId, message.id(), true));
			return null;
		}
		Ticket ticket = escalate(workspaceId, message, triage, newThread == null);
		this.journal.record(
				AuditEvent
					.of(workspaceId, "support.message.escalated", "support-ticket", ticket.id().toString(),
							triage.raisons().get("action"), Map.of("message", message.id().toString(), "categorie",
									triage.categorie(), "priorite", triage.priorite()))
					.by("ai", "ai"));
		this.events.publishEvent(new MessageEscalated(workspaceId, message.id(), ticket.id()));
		return ticket.id();
	}

	private Ticket escalate(UUID workspaceId, SupportMessage message, TriageResult triage, boolean mayHaveTicket) {
		Instant now = Instant.now();
		Optional<Ticket> open = mayHaveTicket
				? this.tickets.latestOfThread(workspaceId, message.threadId()).filter(Ticket::open) : Optional.empty();
		if (open.isPresent()) {
			Ticket ticket = open.get();
			if (ticket.status() == TicketStatus.EN_ATTENTE) {
				this.tickets.updateStatus(workspaceId, ticket.id(), TicketStatus.OUVERT, now);
			}
			return ticket;
		}
		Instant due = this.config.calendar(workspaceId)
			.addBusinessTime(message.receivedAt(), this.config.sla(workspaceId, triage.priorite()));
		Ticket ticket = this.tickets.insert(new Ticket(UUID.randomUUID(), workspaceId, message.threadId(), message.id(),
				TicketStatus.NOUVEAU, null, triage.categorie(), triage.priorite(), message.channel(), message.sender(),
				message.subject(), triage.raisons().get("action"), due, null, null, now, now));
		notifyEscalation(workspaceId, message, triage, ticket);
		return ticket;
	}

	private void notifyEscalation(UUID workspaceId, SupportMessage message, TriageResult triage, Ticket ticket) {
		List<String> urls = this.config.notifyUrls(workspaceId);
		if (urls.isEmpty()) {
			return;
		}
		String text = "[" + triage.priorite() + "] " + triage.categorie() + " — " + message.sender() + " : "
				+ triage.resume() + " (" + this.replies.publicUrl() + "/support/tickets/" + ticket.id() + ")";
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("text", text);
		payload.put("ticket", ticket.id().toString());
		payload.put("categorie", triage.categorie());
		payload.put("priorite", triage.priorite());
		payload.put("resume", triage.resume());
		payload.put("slaDueAt", ticket.slaDueAt().toString());
		String body = this.replies.json(payload);
		for (String url : new ArrayList<>(urls)) {
			this.outbox
				.enqueue(new OutboxMessage(workspaceId, OutboxKinds.WEBHOOK, url, null, body, Map.of(), message.id()));
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
