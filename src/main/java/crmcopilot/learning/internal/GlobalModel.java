package crmcopilot.learning.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.learning.model.FederatedAveraging;

/**
 * A model aggregated from merchants' weights.
 *
 * @param metrics avg_accuracy, avg_auc, contributing_merchants, total_data_points, the
 * server-side evaluation of every round, and the privacy settings and (ε, δ) when used
 */
public record GlobalModel(UUID id, int version, FederatedAveraging.Method aggregationMethod,
		Map<String, Object> metrics, List<String> contributingRuns, String modelWeightsHash, boolean deployed,
		Instant createdAt) {
}
