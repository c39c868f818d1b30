package crmcopilot.learning;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Public data that can enrich training: crawled prices, open datasets, benchmarks.
 *
 * @param sourceType {@code crawler}, {@code api}, {@code dataset} or {@code benchmark}
 * @param dataCategory {@code pricing}, {@code discounts}, {@code seasonality},
 * {@code conversion_rates}, ...
 * @param qualityScore in [0, 1]: how complete and reliable the summary is
 */
public record ExternalData(UUID id, String sourceType, String sourceName, String dataCategory,
		Map<String, Object> dataSummary, double qualityScore, boolean usedInTraining, Instant createdAt) {
}
