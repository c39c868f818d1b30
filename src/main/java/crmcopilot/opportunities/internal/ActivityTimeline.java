package crmcopilot.opportunities.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import crmcopilot.audit.AuditEntry;
import crmcopilot.audit.AuditJournal;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.Opportunity;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.shared.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * What happened on an account or an opportunity, newest first, from what is already
 * stored: the notes, e-mails, documents, voice memos and tenders captured about it, the
 * reviewers' decisions on them, the pushes to Salesforce and the follow-ups done or
 * postponed (journal).
 */
@Service
public class ActivityTimeline {

	/** How many drafts and journal entries of one record are read at most. */
	private static final int READ_LIMIT = 200;

	private final DraftStore drafts;

	private final AccountDirectory directory;

	private final AuditJournal journal;

	ActivityTimeline(DraftStore drafts, AccountDirectory directory, AuditJournal journal) {
		this.drafts = drafts;
		this.directory = directory;
		this.journal = journal;
	}

	/**
	 * One event of a timeline.
	 *
	 * @param kind {@code text}, {@code email}, {@code document}, {@code audio},
	 * {@code tender} (a source captured), {@code approved}, {@code updated},
	 * {@code rejected} (a decision), {@code salesforce} (a push), {@code followup-done},
	 * {@code followup-postponed}
	 * @param summary workspace data: the source's first words or the opportunity's name
	 * @param link the page of the source, or null
	 */
	public record Activity(Instant at, String kind, String actor, @Nullable String summary, @Nullable String link) {
	}

	public PageResponse<Activity> ofAccount(UUID workspaceId, UUID accountId, PageQuery page) {
		this.directory.account(workspaceId, accountId).orElseThrow(() -> new NotFoundException("account"));
		List<Activity> activities = new ArrayList<>();
		this.drafts.ofAccount(workspaceId, accountId, READ_LIMIT).forEach((draft) -> addDraft(activities, draft));
		for (Opportunity opportunity : this.directory.opportunitiesOf(workspaceId, accountId)) {
			addJournal(activities, workspaceId, opportunity);
		}
		return page(activities, page);
	}

	public PageResponse<Activity> ofOpportunity(UUID workspaceId, UUID opportunityId, PageQuery page) {
		Opportunity opportunity = this.directory.opportunity(workspaceId, opportunityId)
			.orElseThrow(() -> new NotFoundException("opportunity"));
		List<Activity> activities = new ArrayList<>();
		this.drafts.ofOpportunity(workspaceId, opportunityId, READ_LIMIT)
			.forEach((draft) -> addDraft(activities, draft));
		addJournal(activities, workspaceId, opportunity);
		return page(activities, page);
	}

	private static void addDraft(List<Activity> activities, OpportunityDraft draft) {
		String link = "/opportunities/drafts/" + draft.id();
		String summary = Texts.abbreviate(draft.text().strip().replaceAll("\\s+", " "), 160);
		activities.add(new Activity(draft.createdAt(), draft.sourceKind(), draft.createdBy(), summary, link));
		if (draft.decidedAt() != null && draft.decidedBy() != null) {
			String decision = switch (draft.status()) {
				case APPROVED -> draft.opportunityUpdated() ? "updated" : "approved";
				case REJECTED -> "rejected";
				case DRAFT -> null;
			};
			if (decision != null) {
				String name = (draft.opportunityUpdated() && draft.opportunityMatch() != null)
						? draft.opportunityMatch().name() : draft.values().get("opportunityName");
				activities.add(new Activity(draft.decidedAt(), decision, draft.decidedBy(),
						(draft.decisionNote() != null) ? draft.decisionNote() : name, link));
			}
		}
	}

	/**
	 * Pushes to Salesforce and follow-up decisions, journalled against the opportunity.
	 */
	private void addJournal(List<Activity> activities, UUID workspaceId, Opportunity opportunity) {
		List<AuditEntry> entries = this.journal
			.search(workspaceId, new AuditJournal.Filter(null, null, opportunity.id().toString(), null, null),
					new PageQuery(0, READ_LIMIT))
			.items();
		for (AuditEntry entry : entries) {
			String kind = switch (entry.action()) {
				case "crm.salesforce.pushed" -> "salesforce";
				case FollowUpService.DONE_ACTION -> "followup-done";
				case FollowUpService.POSTPONED_ACTION -> "followup-postponed";
				default -> null;
			};
			if (kind != null) {
				activities.add(new Activity(entry.occurredAt(), kind, entry.actor(),
						(entry.reason() != null) ? entry.reason() : opportunity.name(), null));
			}
		}
	}

	private static PageResponse<Activity> page(List<Activity> activities, PageQuery page) {
		List<Activity> sorted = activities.stream().sorted(Comparator.comparing(Activity::at).reversed()).toList();
		int from = (int) Math.min(page.offset(), sorted.size());
		int to = (int) Math.min(from + (long) page.size(), sorted.size());
		return PageResponse.of(sorted.subList(from, to), page, sorted.size());
	}

}
