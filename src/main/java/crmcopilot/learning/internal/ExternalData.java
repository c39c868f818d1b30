package crmcopilot.learning.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Public data that can enrich training: crawled prices, open datasets, benchmarks.
 *
 * @param qualityScore in [0, 1]: how complete and reliable the summary is
 */
public record ExternalData(UUID id, ExternalSource sourceType, String sourceName, ExternalCategory dataCategory,
		Map<String, Object> dataSummary, double qualityScore, boolean usedInTraining, Instant createdAt) {
}
