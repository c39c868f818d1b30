package crmcopilot.opportunities.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.crm.SalesforceConnector;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups: created from the dated next steps of a note when it is approved, owned by
 * the approving user, done or postponed in one click, each decision journalled against
 * the opportunity.
 */
@Service
public class FollowUpService {

	static final String DONE_ACTION = "opportunities.followup.done";

	static final String POSTPONED_ACTION = "opportunities.followup.postponed";

	/** The postponements a page offers, in days. */
	public static final List<Integer> POSTPONEMENTS = List.of(1, 7);

	private final FollowUpStore store;

	private final AuditJournal journal;

	private final WorkspaceCalendar calendar;

	private final SalesforceConnector salesforce;

	FollowUpService(FollowUpStore store, AuditJournal journal, WorkspaceCalendar calendar,
			SalesforceConnector salesforce) {
		this.store = store;
		this.journal = journal;
		this.calendar = calendar;
		this.salesforce = salesforce;
	}

	/** Today in the workspace's time zone. */
	public LocalDate today(UUID workspaceId) {
		return this.calendar.today(workspaceId);
	}

	/**
	 * The workspace's time zone, in which dates are shown and relative dates resolved.
	 */
	public ZoneId zone(UUID workspaceId) {
		return this.calendar.zone(workspaceId);
	}

	/** The follow-ups an approved draft states, owned by who approved it. */
	List<FollowUp> createFor(OpportunityDraft draft, String owner, UUID opportunityId, UUID accountId) {
		List<FollowUp> created = FollowUpReader.read(draft.text(), draft.documentDate())
			.stream()
			.map((step) -> new FollowUp(UUID.randomUUID(), draft.workspaceId(), draft.id(), opportunityId, accountId,
					owner, step.subject(), step.due(), FollowUp.Status.OPEN))
			.toList();
		created.forEach(this.store::insert);
		return created;
	}

	/**
	 * Queues the Salesforce Tasks of a draft's follow-ups (after the push of its
	 * opportunity, so that the Tasks can be put on it).
	 */
	void pushTasks(UUID workspaceId, UUID draftId) {
		this.store.ofDraft(workspaceId, draftId).forEach(this::pushTask);
	}

	private void pushTask(FollowUp followUp) {
		this.salesforce.enqueueTask(followUp.workspaceId(),
				new SalesforceConnector.TaskState(followUp.id(), followUp.subject(), followUp.dueDate(),
						followUp.status() == FollowUp.Status.DONE, followUp.opportunityId(), followUp.accountId()));
	}

	public List<FollowUp> openOf(UUID workspaceId, String owner) {
		return this.store.openOf(workspaceId, owner, 100);
	}

	public long overdueCount(UUID workspaceId, String owner) {
		return this.store.countOpen(workspaceId, owner, today(workspaceId));
	}

	public long openCount(UUID workspaceId, String owner) {
		return this.store.countOpen(workspaceId, owner, LocalDate.MAX);
	}

	@Transactional
	public FollowUp done(UUID workspaceId, String actor, UUID id) {
		FollowUp followUp = open(workspaceId, actor, id);
		this.store.done(workspaceId, id);
		journal(followUp, actor, DONE_ACTION,
				Map.of("followUpId", id.toString(), "due", followUp.dueDate().toString()));
		return pushed(workspaceId, id);
	}

	@Transactional
	public FollowUp postpone(UUID workspaceId, String actor, UUID id, int days) {
		if (!POSTPONEMENTS.contains(days)) {
			throw new InvalidInputException("days", "opportunities.followup.error.days", new Object[0],
					"postpone by 1 or 7 days");
		}
		FollowUp followUp = open(workspaceId, actor, id);
		LocalDate base = followUp.dueDate().isBefore(today(workspaceId)) ? today(workspaceId) : followUp.dueDate();
		LocalDate due = base.plusDays(days);
		this.store.due(workspaceId, id, due);
		journal(followUp, actor, POSTPONED_ACTION,
				Map.of("followUpId", id.toString(), "from", followUp.dueDate().toString(), "to", due.toString()));
		return pushed(workspaceId, id);
	}

	private FollowUp pushed(UUID workspaceId, UUID id) {
		FollowUp changed = this.store.find(workspaceId, id).orElseThrow();
		pushTask(changed);
		return changed;
	}

	private FollowUp open(UUID workspaceId, String actor, UUID id) {
		FollowUp followUp = this.store.find(workspaceId, id)
			.filter((f) -> f.owner().equals(actor))
			.orElseThrow(() -> new NotFoundException("follow-up"));
		if (followUp.status() != FollowUp.Status.OPEN) {
			throw new InvalidInputException("status", "opportunities.followup.error.done", new Object[0],
					"this follow-up is already done");
		}
		return followUp;
	}

	private void journal(FollowUp followUp, String actor, String action, Map<String, Object> details) {
		this.journal.record(AuditEvent.of(followUp.workspaceId(), action, "opportunity",
				String.valueOf(followUp.opportunityId()), followUp.subject(), details));
	}

}
