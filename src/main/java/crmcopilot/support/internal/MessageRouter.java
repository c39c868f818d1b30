package crmcopilot.support.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.support.MessageAnswered;
import crmcopilot.support.MessageEscalated;
import crmcopilot.support.SupportMessage;
import crmcopilot.support.TriageResult;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Carries out a triage's action, in the caller's transaction: the automatic reply sent on
 * the thread, or the escalation to a ticket; either is journalled as the AI's decision
 * and published as an event.
 */
@Component
class MessageRouter {

	private final Replies replies;

	private final Escalations escalations;

	private final AuditJournal journal;

	private final ApplicationEventPublisher events;

	MessageRouter(Replies replies, Escalations escalations, AuditJournal journal, ApplicationEventPublisher events) {
		this.replies = replies;
		this.escalations = escalations;
		this.journal = journal;
		this.events = events;
	}

	/**
	 * @param newThread the thread created with this message, or null for an existing one
	 * @return the ticket of an escalated message, null for an automatic answer
	 */
	@Nullable UUID route(UUID workspaceId, SupportMessage message, TriageResult triage,
			SupportStore.@Nullable ThreadInfo newThread, Instant routedAt) {
		if (triage.automatic()) {
			UUID replyId = (newThread != null)
					? this.replies.send(workspaceId,
							new Replies.KnownThread(newThread, message.language(),
									(message.externalId() != null) ? List.of(message.externalId()) : List.of(), false),
							triage.reponse(), "ai", routedAt)
					: this.replies.send(workspaceId, message.threadId(), triage.reponse(), "ai");
			this.journal.record(
					AuditEvent
						.of(workspaceId, "support.reply.auto", "support-message", message.id().toString(),
								triage.raisons().get("action"),
								Map.of("reply", replyId.toString(), "categorie", triage.categorie(), "priorite",
										triage.priorite().label(), "confiance", triage.globalConfidence()))
						.by("ai", "ai"));
			this.escalations.answered(workspaceId, message, triage);
			this.events.publishEvent(new MessageAnswered(workspaceId, message.id(), true));
			return null;
		}
		Ticket ticket = this.escalations.escalate(workspaceId, message, triage, newThread == null);
		this.journal.record(
				AuditEvent
					.of(workspaceId, "support.message.escalated", "support-ticket", ticket.id().toString(),
							triage.raisons().get("action"), Map.of("message", message.id().toString(), "categorie",
									triage.categorie(), "priorite", triage.priorite().label()))
					.by("ai", "ai"));
		this.events.publishEvent(new MessageEscalated(workspaceId, message.id(), ticket.id()));
		return ticket.id();
	}

}
