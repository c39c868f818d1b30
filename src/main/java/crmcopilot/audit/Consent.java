package crmcopilot.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's consent given or withdrawn for a purpose.
 *
 * @param subject who it concerns: an email, a phone number or a customer id
 * @param purpose e.g. {@code marketing}, {@code profiling}, {@code matching}
 * @param source where it was given: a form, an email, an agent...
 */
public record Consent(UUID id, UUID workspaceId, String subject, String purpose, boolean granted, String source,
		Instant recordedAt, String recordedBy) {
}
