package crmcopilot.opportunities.internal;

import crmcopilot.opportunities.OpportunityExtraction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import crmcopilot.crm.AccountMatch;

import org.jspecify.annotations.Nullable;

/**
 * A source turned into a proposed opportunity, waiting for (or past) human review.
 *
 * @param values the current field values (extracted, then edited by the reviewer)
 * @param extraction what the engine found, with confidences and source spans
 * @param opportunityMatch the open opportunity of the account the text is about, or null
 * @param opportunityUpdated true when approving updated that opportunity (else created
 * one)
 * @param duplicate true when this text had already been processed (the earlier draft is
 * returned)
 */
public record OpportunityDraft(UUID id, UUID workspaceId, String sourceKind, @Nullable String sourceName, String text,
		LocalDate documentDate, Map<String, String> values, OpportunityExtraction extraction, double confidence,
		String engine, Status status, AccountMatch accountMatch, AccountMatch contactMatch,
		@Nullable OpportunityMatch opportunityMatch, @Nullable UUID accountId, @Nullable UUID contactId,
		@Nullable UUID opportunityId, boolean opportunityUpdated, String createdBy, Instant createdAt,
		@Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionNote, boolean duplicate) {

	public enum Status {

		DRAFT, APPROVED, REJECTED

	}

	public boolean needsReview() {
		return this.status == Status.DRAFT && (this.accountMatch.kind() == AccountMatch.Kind.UNCERTAIN
				|| this.contactMatch.kind() == AccountMatch.Kind.UNCERTAIN
				|| (this.opportunityMatch != null && this.opportunityMatch.level() == OpportunityMatch.Level.PROBABLE));
	}

	public OpportunityDraft asDuplicate() {
		return new OpportunityDraft(this.id, this.workspaceId, this.sourceKind, this.sourceName, this.text,
				this.documentDate, this.values, this.extraction, this.confidence, this.engine, this.status,
				this.accountMatch, this.contactMatch, this.opportunityMatch, this.accountId, this.contactId,
				this.opportunityId, this.opportunityUpdated, this.createdBy, this.createdAt, this.decidedBy,
				this.decidedAt, this.decisionNote, true);
	}

}
