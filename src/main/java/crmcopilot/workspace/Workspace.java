package crmcopilot.workspace;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/** A tenant: a merchant or a company. Every row of every module belongs to one. */
public record Workspace(UUID id, String slug, String name, Locale locale, ZoneId timeZone, PrivacyLevel privacyLevel,
		boolean demo, Instant createdAt) {
}
