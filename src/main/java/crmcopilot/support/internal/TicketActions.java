package crmcopilot.support.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.support.Priority;
import crmcopilot.ai.LabelledText;
import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.support.MessageAnswered;
import crmcopilot.support.SupportMessage;
import crmcopilot.support.TriageResult;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an agent does on a ticket: reply, assign, change status, correct the triage. A
 * correction is journalled and the corrected category becomes a training example.
 */
@Service
public class TicketActions {

	/** Message key of a reply refused because someone replied meanwhile. */
	public static final String REPLY_CONFLICT = "support.reply.conflict";

	public static final List<String> EDITABLE = List.of("categorie", "priorite", "resume", "reponse");

	private final TicketStore tickets;

	private final SupportStore store;

	private final KnowledgeStore knowledge;

	private final TriageSetups setups;

	private final Replies replies;

	private final WorkspaceSupportConfig config;

	private final AuditJournal journal;

	private final ApplicationEventPublisher events;

	TicketActions(TicketStore tickets, SupportStore store, KnowledgeStore knowledge, TriageSetups setups,
			Replies replies, WorkspaceSupportConfig config, AuditJournal journal, ApplicationEventPublisher events) {
		this.tickets = tickets;
		this.store = store;
		this.knowledge = knowledge;
		this.setups = setups;
		this.replies = replies;
		this.config = config;
		this.journal = journal;
		this.events = events;
	}

	public Ticket ticket(Caller caller, UUID ticketId) {
		return this.tickets.find(caller.workspaceId(), ticketId).orElseThrow(() -> new NotFoundException("ticket"));
	}

	@Transactional
	public UUID reply(Caller caller, UUID ticketId, String text) {
		Ticket ticket = ticket(caller, ticketId);
		return reply(caller, ticket, text);
	}

	/**
	 * A reply written on the ticket page, refused when someone replied since the page was
	 * shown (another agent, or the same form sent twice).
	 * @param lastReplyId the thread's last reply when the page was shown, or null if it
	 * had none
	 */
	@Transactional
	public UUID reply(Caller caller, UUID ticketId, String text, @Nullable UUID lastReplyId) {
		Ticket ticket = ticket(caller, ticketId);
		requireNoReplySince(caller, ticket, lastReplyId);
		return reply(caller, ticket, text);
	}

	/** The id of the thread's last reply (outgoing message), or null if it has none. */
	public @Nullable UUID lastReplyId(UUID workspaceId, UUID threadId) {
		List<SupportMessage> thread = this.store.threadMessages(workspaceId, threadId);
		for (int i = thread.size() - 1; i >= 0; i--) {
			if (!thread.get(i).incoming()) {
				return thread.get(i).id();
			}
		}
		return null;
	}

	private void requireNoReplySince(Caller caller, Ticket ticket, @Nullable UUID lastReplyId) {
		this.tickets.lock(caller.workspaceId(), ticket.id());
		if (!java.util.Objects.equals(lastReplyId, lastReplyId(caller.workspaceId(), ticket.threadId()))) {
			throw new InvalidInputException("text", REPLY_CONFLICT, new Object[0],
					"someone replied to this ticket meanwhile; nothing was sent");
		}
	}

	private UUID reply(Caller caller, Ticket ticket, String text) {
		UUID ticketId = ticket.id();
		if (text.isBlank()) {
			throw new InvalidInputException("text", "support.reply.empty", new Object[0], "the reply is empty");
		}
		UUID replyId = this.replies.send(caller.workspaceId(), ticket.threadId(), text.strip(), caller.actor());
		if (ticket.status() == TicketStatus.NEW || ticket.status() == TicketStatus.OPEN) {
			this.tickets.updateStatus(caller.workspaceId(), ticketId, TicketStatus.WAITING, Instant.now());
		}
		SupportMessage first = this.store.message(caller.workspaceId(), ticket.messageId()).orElseThrow();
		boolean edited = first.triage() != null && !first.triage().reponse().strip().equals(text.strip());
		if (edited && ReplyRewrite.rewritten(first.triage().reponse(), text)) {
			this.knowledge.addCorrection(caller.workspaceId(), first.id(), "reponse", first.triage().reponse(),
					text.strip(), caller.actor());
		}
		this.journal.record(AuditEvent.of(caller.workspaceId(), "support.reply.sent", "support-ticket",
				ticketId.toString(), edited ? "réponse proposée modifiée par l'agent" : "réponse proposée envoyée",
				Map.of("reply", replyId.toString(), "edited", edited)));
		this.events.publishEvent(new MessageAnswered(caller.workspaceId(), ticket.messageId(), false));
		return replyId;
	}

	@Transactional
	public void status(Caller caller, UUID ticketId, TicketStatus status) {
		Ticket ticket = ticket(caller, ticketId);
		if (ticket.status() == status) {
			return;
		}
		this.tickets.updateStatus(caller.workspaceId(), ticketId, status, Instant.now());
		this.journal.record(AuditEvent.of(caller.workspaceId(), "support.ticket.status", "support-ticket",
				ticketId.toString(), null, Map.of("from", ticket.status().code(), "to", status.code())));
		if (status == TicketStatus.RESOLVED && ticket.status() != TicketStatus.AUTO) {
			// an automatic reply carried its own rating link
			this.events.publishEvent(new TicketSolved(caller.workspaceId(), ticketId, caller.actor()));
		}
	}

	@Transactional
	public void assign(Caller caller, UUID ticketId, @Nullable String assignee) {
		Ticket ticket = ticket(caller, ticketId);
		String value = (assignee == null || assignee.isBlank()) ? null : assignee.strip();
		this.tickets.updateAssignee(caller.workspaceId(), ticketId, value, Instant.now());
		if (ticket.status() == TicketStatus.NEW && value != null) {
			this.tickets.updateStatus(caller.workspaceId(), ticketId, TicketStatus.OPEN, Instant.now());
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("from", (ticket.assignee() != null) ? ticket.assignee() : "");
		details.put("to", (value != null) ? value : "");
		this.journal.record(AuditEvent.of(caller.workspaceId(), "support.ticket.assigned", "support-ticket",
				ticketId.toString(), null, details));
	}

	/**
	 * An agent's correction of an automatic reply: counted as an error of the AI (a
	 * correction of the reply), and sent to the customer as a follow-up only when the
	 * agent chose to; the ticket leaves the review queue.
	 * @return the follow-up sent, if any
	 */
	@Transactional
	public @Nullable UUID correctAutomatic(Caller caller, UUID ticketId, String text, boolean followUp) {
		return correctAutomatic(caller, ticket(caller, ticketId), text, followUp);
	}

	/**
	 * @param lastReplyId the thread's last reply when the page was shown: the correction
	 * is refused when someone replied since
	 */
	@Transactional
	public @Nullable UUID correctAutomatic(Caller caller, UUID ticketId, String text, boolean followUp,
			@Nullable UUID lastReplyId) {
		Ticket ticket = ticket(caller, ticketId);
		requireNoReplySince(caller, ticket, lastReplyId);
		return correctAutomatic(caller, ticket, text, followUp);
	}

	private @Nullable UUID correctAutomatic(Caller caller, Ticket ticket, String text, boolean followUp) {
		UUID ticketId = ticket.id();
		if (text.isBlank()) {
			throw new InvalidInputException("text", "support.reply.empty", new Object[0], "the reply is empty");
		}
		SupportMessage first = this.store.message(caller.workspaceId(), ticket.messageId()).orElseThrow();
		String sent = (first.triage() != null) ? first.triage().reponse() : "";
		this.knowledge.addCorrection(caller.workspaceId(), first.id(), "reponse", sent, text.strip(), caller.actor());
		UUID replyId = followUp
				? this.replies.send(caller.workspaceId(), ticket.threadId(), text.strip(), caller.actor()) : null;
		this.tickets.updateStatus(caller.workspaceId(), ticketId,
				followUp ? TicketStatus.WAITING : TicketStatus.RESOLVED, Instant.now());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("followUp", followUp);
		details.put("reply", (replyId != null) ? replyId.toString() : "");
		this.journal.record(AuditEvent.of(caller.workspaceId(), "support.reply.auto.corrected", "support-ticket",
				ticketId.toString(), "réponse automatique corrigée par l'agent", details));
		return replyId;
	}

	/**
	 * Corrects one field of the triage of the ticket's first message.
	 */
	@Transactional
	public void correct(Caller caller, UUID ticketId, String field, String value) {
		Ticket ticket = ticket(caller, ticketId);
		correctMessage(caller, ticket.messageId(), field, value);
	}

	@Transactional
	public void correctMessage(Caller caller, UUID messageId, String field, String value) {
		UUID workspaceId = caller.workspaceId();
		SupportMessage message = this.store.message(workspaceId, messageId)
			.orElseThrow(() -> new NotFoundException("message"));
		TriageResult triage = message.triage();
		if (triage == null) {
			throw new InvalidInputException(field, "support.correction.untriaged", new Object[0],
					"the message is not triaged yet");
		}
		String newValue = value.strip();
		String oldValue = switch (field) {
			case "categorie" -> {
				if (!this.setups.setup(workspaceId).categoryNames().contains(newValue)) {
					throw new InvalidInputException("categorie", "support.correction.category",
							new Object[] { newValue }, "unknown category: " + newValue);
				}
				yield triage.categorie();
			}
			case "priorite" -> {
				if (!Priority.isValid(newValue)) {
					throw new InvalidInputException("priorite", "support.correction.priority", new Object[0],
							"Basse, Normale, Haute or Urgente");
				}
				yield triage.priorite().label();
			}
			case "resume" -> triage.resume();
			case "reponse" -> triage.reponse();
			default -> throw new InvalidInputException("field", "support.correction.field", new Object[0],
					"one of " + EDITABLE);
		};
		if (oldValue.equals(newValue)) {
			return;
		}
		TriageResult corrected = new TriageResult("resume".equals(field) ? newValue : triage.resume(),
				"categorie".equals(field) ? newValue : triage.categorie(),
				"priorite".equals(field) ? Priority.of(newValue) : triage.priorite(),
				"reponse".equals(field) ? newValue : triage.reponse(), triage.action(), triage.langue(),
				triage.confiance(), triage.raisons(), triage.article());
		this.store.saveTriage(workspaceId, messageId, corrected, "agent");
		this.knowledge.addCorrection(workspaceId, messageId, field, oldValue, newValue, caller.actor());
		this.tickets.ofMessage(workspaceId, messageId).ifPresent((ticket) -> {
			Instant due = ticket.slaDueAt();
			if ("priorite".equals(field)) {
				due = this.config.calendar(workspaceId)
					.addBusinessTime(ticket.createdAt(), this.config.sla(workspaceId, newValue));
			}
			this.tickets.updateTriage(workspaceId, ticket.id(), corrected.categorie(), corrected.priorite().label(),
					due, Instant.now());
		});
		if ("categorie".equals(field)) {
			String text = (message.subject() != null) ? message.subject() + "\n" + message.text() : message.text();
			this.setups.addExamples(workspaceId, List.of(new LabelledText(text, newValue)), "correction");
		}
		this.journal.record(AuditEvent.of(workspaceId, "support.triage.corrected", "support-message",
				messageId.toString(), "correction de l'agent", Map.of("field", field, "from", shorten(oldValue), "to",
						shorten(newValue), "trainingExample", "categorie".equals(field))));
	}

	private static String shorten(String value) {
		return (value.length() > 200) ? value.substring(0, 200) + "…" : value;
	}

}
