package crmcopilot.crm;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A saved, read-only customer source of a workspace. The password is stored encrypted and
 * never returned.
 *
 * @param table the customer table
 * @param enrichmentTable the table joined on the customer id for enrichment, or null
 */
public record CustomerSource(UUID id, UUID workspaceId, String name, SourceKind kind, @Nullable String jdbcUrl,
		@Nullable String username, String table, @Nullable String enrichmentTable, Instant createdAt) {
}
