package crmcopilot.crm;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person at an account (Salesforce Contact). Phones are E.164.
 *
 * @param secondaryEmail the previous e-mail, kept when a newer one replaced it
 * @param secondaryPhone the previous phone, kept when a newer one replaced it
 */
public record Contact(UUID id, UUID workspaceId, @Nullable UUID accountId, @Nullable String firstName,
		@Nullable String lastName, @Nullable String title, @Nullable String email, @Nullable String phone,
		@Nullable String salesforceId, Instant createdAt, @Nullable String secondaryEmail,
		@Nullable String secondaryPhone) {

	public String fullName() {
		String first = (this.firstName != null) ? this.firstName : "";
		String last = (this.lastName != null) ? this.lastName : "";
		return (first + " " + last).trim();
	}

}
