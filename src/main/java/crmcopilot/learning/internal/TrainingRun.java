package crmcopilot.learning.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One training of a merchant's model.
 *
 * @param trainingData a summary of the data (counts, sources), never rows
 * @param metrics held-out metrics: accuracy, auc, logLoss, brier, predictedUplift,
 * confidence (see {@code crmcopilot.learning.model.ModelMetrics})
 */
public record TrainingRun(UUID id, UUID merchantId, String modelVersion, ModelType modelType,
		Map<String, Object> trainingData, Map<String, Object> metrics, RunSource sourceType, String modelWeightsHash,
		boolean deployed, long trainingDurationMs, Instant createdAt) {

	public double metric(String name) {
		Object value = this.metrics.get(name);
		return (value instanceof Number number) ? number.doubleValue() : 0;
	}

	/**
	 * False for a personalised run that does not beat both a local-only and the global
	 * model on the merchant's held-out rows.
	 */
	public boolean deployable() {
		return !Boolean.FALSE.equals(this.metrics.get("deployable"));
	}

}
