package crmcopilot.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One journal entry. An entry is stored at once, in the transaction of the change it
 * records, with a hash of its content; right after commit it is linked into its
 * workspace's chain: {@code seq} is its place in the chain and {@code hash} covers every
 * other field and {@code prevHash}, the hash of the previous entry of the same workspace,
 * so any edit or deletion breaks the chain. Until it is linked, {@code seq},
 * {@code prevHash} and {@code hash} are null.
 *
 * @param actorType {@code user}, {@code token}, {@code system} or {@code ai}
 * @param details JSON object with what changed
 */
public record AuditEntry(UUID id, UUID workspaceId, @Nullable Long seq, Instant occurredAt, String actor,
		String actorType, String action, @Nullable String objectType, @Nullable String objectId,
		@Nullable String reason, @Nullable String details, @Nullable String prevHash, @Nullable String hash) {

	/** Whether the entry is linked into its workspace's chain yet. */
	public boolean chained() {
		return this.seq != null;
	}

}
