package crmcopilot.opportunities.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Autowired;
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

	private final Workspaces workspaces;

	private final Clock clock;

	@Autowired
	FollowUpService(FollowUpStore store, AuditJournal journal, Workspaces workspaces) {
		this(store, journal, workspaces, Clock.systemUTC());
	}

	FollowUpService(FollowUpStore store, AuditJournal journal, Workspaces workspaces, Clock clock) {
		this.store = store;
		this.journal = journal;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	/** Today in the workspace's time zone. */
	public LocalDate today(UUID workspaceId) {
		return LocalDate.now(this.clock.withZone(zone(workspaceId)));
	}

	/**
	 * The workspace's time zone, in which dates are shown and relative dates resolved.
	 */
	public ZoneId zone(UUID workspaceId) {
		return this.workspaces.find(workspaceId).map(Workspace::timeZone).orElse(ZoneId.of("UTC"));
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
		return this.store.find(workspaceId, id).orElseThrow();
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
		return this.store.find(workspaceId, id).orElseThrow();
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
