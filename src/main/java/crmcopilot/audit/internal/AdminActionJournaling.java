package crmcopilot.audit.internal;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.workspace.AdminActionPerformed;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Journals administrative actions in the same transaction as the change itself, so a
 * change is never stored without its journal entry.
 */
@Component
class AdminActionJournaling {

	private final AuditJournal journal;

	AdminActionJournaling(AuditJournal journal) {
		this.journal = journal;
	}

	@EventListener
	void on(AdminActionPerformed event) {
		this.journal.record(AuditEvent
			.of(event.workspaceId(), event.action(), event.objectType(), event.objectId(), null, event.details())
			.by(event.actor(), event.actorType()));
	}

}
