package crmcopilot.crm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A sales opportunity of the local CRM (Salesforce Opportunity).
 *
 * @param contactRole the contact's role on it (Salesforce OpportunityContactRole.Role)
 */
public record Opportunity(UUID id, UUID workspaceId, @Nullable UUID accountId, @Nullable UUID contactId, String name,
		String stage, LocalDate closeDate, @Nullable String type, @Nullable String leadSource, @Nullable String country,
		@Nullable Double amount, @Nullable String currency, @Nullable String description, @Nullable String nextStep,
		@Nullable String sourceRef, @Nullable String salesforceId, Instant createdAt, @Nullable String contactRole) {
}
