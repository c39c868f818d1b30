package crmcopilot.learning.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a merchant's version history: from {@code createdAt}, the run
 * {@code runId} served, replacing {@code previousRunId}.
 *
 * @param candidateAuc the AUC of the run on the merchant's held-out rows when it was
 * deployed (null when the merchant had no rows to compare on)
 * @param deployedAuc the AUC of the replaced model on the same rows
 * @param forced whether the run was deployed although it scored lower
 */
public record Deployment(UUID id, UUID runId, String modelVersion, @Nullable UUID previousRunId, DeployAction action,
		@Nullable Double candidateAuc, @Nullable Double deployedAuc, boolean forced, @Nullable String reason,
		String actor, Instant createdAt) {
}
