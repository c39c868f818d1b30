package crmcopilot.support.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.support.InboundMessage;
import crmcopilot.support.Ingestion;
import crmcopilot.support.SupportIntake;
import crmcopilot.support.SupportMessage;
import crmcopilot.support.TriageResult;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each message first (its own transaction, so an acknowledgement means stored),
 * then triages it, then routes it in a second transaction with the triage saved: an
 * automatic reply queued in the outbox, or a ticket with its SLA and a notification.
 */
@Service
class SupportIntakeService implements SupportIntake {

	private final SupportStore store;

	private final TicketStore tickets;

	private final MessageRecorder recorder;

	private final MessageTriage triage;

	private final MessageRouter router;

	private final TransactionTemplate transactions;

	SupportIntakeService(SupportStore store, TicketStore tickets, MessageRecorder recorder, MessageTriage triage,
			MessageRouter router, TransactionTemplate transactions) {
		this.store = store;
		this.tickets = tickets;
		this.recorder = recorder;
		this.triage = triage;
		this.router = router;
		this.transactions = transactions;
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
		MessageRecorder.Stored stored;
		try {
			stored = this.transactions.execute((status) -> this.recorder.store(workspaceId, inbound, externalId));
		}
		catch (DuplicateKeyException ex) {
			// the same message arrived twice at the same moment
			return duplicate(workspaceId, this.store.messageByExternalId(workspaceId, externalId).orElseThrow());
		}
		return triageAndRoute(workspaceId, stored.message(), stored.metadata(), stored.newThread());
	}

	private Ingestion duplicate(UUID workspaceId, SupportMessage message) {
		UUID ticketId = this.tickets.ofMessage(workspaceId, message.id()).map(Ticket::id).orElse(null);
		return new Ingestion(message, true, ticketId);
	}

	/** Triages a stored message and routes it; also used to recover untriaged ones. */
	public Ingestion triageAndRoute(UUID workspaceId, UUID messageId) {
		SupportMessage message = this.store.message(workspaceId, messageId).orElseThrow();
		return triageAndRoute(workspaceId, message, this.store.metadata(workspaceId, messageId), null);
	}

	private Ingestion triageAndRoute(UUID workspaceId, SupportMessage message, Map<String, String> metadata,
			SupportStore.@Nullable ThreadInfo newThread) {
		UUID messageId = message.id();
		// a thread created with this message holds no earlier one
		boolean followUp = newThread == null
				&& this.store.hasUnansweredBefore(workspaceId, message.threadId(), messageId);
		MessageTriage.Triaged triaged = this.triage.triage(workspaceId, message, metadata, followUp);
		TriageResult triage = triaged.result();
		Instant routedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
		UUID ticketId = this.transactions.execute((status) -> {
			this.store.saveTriage(workspaceId, messageId, triage, triaged.engine());
			return this.router.route(workspaceId, message, triage, newThread, routedAt);
		});
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

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
