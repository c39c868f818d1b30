package crmcopilot.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One journal entry. {@code hash} covers every other field and {@code prevHash}, the hash
 * of the previous entry of the same workspace, so any edit or deletion breaks the chain.
 *
 * @param actorType {@code user}, {@code token}, {@code system} or {@code ai}
 * @param details JSON object with what changed
 */
public record AuditEntry(UUID id, UUID workspaceId, long seq, Instant occurredAt, String actor, String actorType,
		String action, @Nullable String objectType, @Nullable String objectId, @Nullable String reason,
		@Nullable String details, String prevHash, String hash) {
}
