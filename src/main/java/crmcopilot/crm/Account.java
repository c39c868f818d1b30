package crmcopilot.crm;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A customer company (Salesforce Account) of a workspace's local CRM. */
public record Account(UUID id, UUID workspaceId, String name, @Nullable String country, @Nullable String city,
		@Nullable String industry, @Nullable String website, @Nullable String phone, @Nullable String salesforceId,
		Instant createdAt) {
}
