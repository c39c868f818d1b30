package crmcopilot.learning;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One training of a merchant's model.
 *
 * @param modelType {@code local}, {@code federated}, {@code personalized} or
 * {@code external}
 * @param trainingData a summary of the data (counts, sources), never rows
 * @param metrics held-out metrics: accuracy, auc, logLoss, brier, predictedUplift,
 * confidence (see {@code crmcopilot.learning.model.ModelMetrics})
 * @param sourceType {@code internal}, {@code external}, {@code federated} or
 * {@code hybrid}
 */
public record TrainingRun(UUID id, UUID merchantId, String modelVersion, String modelType,
		Map<String, Object> trainingData, Map<String, Object> metrics, String sourceType, String modelWeightsHash,
		boolean deployed, long trainingDurationMs, Instant createdAt) {

	public double metric(String name) {
		Object value = this.metrics.get(name);
		return (value instanceof Number number) ? number.doubleValue() : 0;
	}

}
