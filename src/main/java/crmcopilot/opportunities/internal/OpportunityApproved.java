package crmcopilot.opportunities.internal;

import java.util.UUID;

/** A reviewer (or the auto-approval rule) approved a draft into the local CRM. */
public record OpportunityApproved(UUID workspaceId, UUID draftId, UUID opportunityId, UUID accountId) {
}
