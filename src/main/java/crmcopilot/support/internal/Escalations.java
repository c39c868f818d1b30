package crmcopilot.support.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxMessage;
import crmcopilot.support.SupportMessage;
import crmcopilot.support.TriageResult;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An escalated message joins the thread's open ticket (reopened when it waited on the
 * customer) or opens one, with its SLA in business hours; a new ticket is announced to
 * the workspace's notification URLs through the outbox.
 */
@Component
class Escalations {

	private final TicketStore tickets;

	private final WorkspaceSupportConfig config;

	private final Outbox outbox;

	private final JsonMapper json;

	private final String publicUrl;

	Escalations(TicketStore tickets, WorkspaceSupportConfig config, Outbox outbox, JsonMapper json,
			@Value("${copilot.public-url:http://localhost:8080}") String publicUrl) {
		this.tickets = tickets;
		this.config = config;
		this.outbox = outbox;
		this.json = json;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * @param mayHaveTicket {@code false} for a thread created with this message
	 */
	Ticket escalate(UUID workspaceId, SupportMessage message, TriageResult triage, boolean mayHaveTicket) {
		Instant now = Instant.now();
		Optional<Ticket> open = mayHaveTicket
				? this.tickets.latestOfThread(workspaceId, message.threadId()).filter(Ticket::open) : Optional.empty();
		if (open.isPresent()) {
			Ticket ticket = open.get();
			if (ticket.status() == TicketStatus.WAITING || ticket.status() == TicketStatus.AUTO) {
				this.tickets.updateStatus(workspaceId, ticket.id(), TicketStatus.OPEN, now);
			}
			return ticket;
		}
		Instant due = this.config.calendar(workspaceId)
			.addBusinessTime(message.receivedAt(), this.config.sla(workspaceId, triage.priorite().label()));
		Ticket ticket = this.tickets.insert(new Ticket(UUID.randomUUID(), workspaceId, message.threadId(), message.id(),
				TicketStatus.NEW, null, triage.categorie(), triage.priorite().label(), message.channel(),
				message.sender(), message.subject(), triage.raisons().get("action"), due, null, null, now, now));
		announce(workspaceId, message, triage, ticket);
		return ticket;
	}

	/**
	 * Records a message answered automatically as a ticket already answered, for agents
	 * to review (the review queue of the inbox).
	 */
	Ticket answered(UUID workspaceId, SupportMessage message, TriageResult triage) {
		Instant now = Instant.now();
		return this.tickets.insert(new Ticket(UUID.randomUUID(), workspaceId, message.threadId(), message.id(),
				TicketStatus.AUTO, null, triage.categorie(), triage.priorite().label(), message.channel(),
				message.sender(), message.subject(), triage.raisons().get("action"), now, now, null, now, now));
	}

	private void announce(UUID workspaceId, SupportMessage message, TriageResult triage, Ticket ticket) {
		List<String> urls = this.config.notifyUrls(workspaceId);
		if (urls.isEmpty()) {
			return;
		}
		String text = "[" + triage.priorite().label() + "] " + triage.categorie() + " — " + message.sender() + " : "
				+ triage.resume() + " (" + this.publicUrl + "/support/tickets/" + ticket.id() + ")";
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("text", text);
		payload.put("ticket", ticket.id().toString());
		payload.put("categorie", triage.categorie());
		payload.put("priorite", triage.priorite().label());
		payload.put("resume", triage.resume());
		payload.put("slaDueAt", ticket.slaDueAt().toString());
		String body = this.json.writeValueAsString(payload);
		for (String url : urls) {
			this.outbox
				.enqueue(new OutboxMessage(workspaceId, OutboxKinds.WEBHOOK, url, null, body, Map.of(), message.id()));
		}
	}

}
