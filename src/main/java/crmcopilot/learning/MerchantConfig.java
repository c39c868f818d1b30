package crmcopilot.learning;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A merchant's learning settings.
 *
 * @param modelVersion the deployed model version, if any
 * @param personalizationLevel {@code low}, {@code medium} or {@code high}
 * @param trainingFrequency {@code daily}, {@code weekly} or {@code monthly}
 * @param minConfidence auto-deploy threshold on {@code metrics.confidence}, in [0, 1]
 * @param dataSources which sources feed training: internal, external, federated
 */
public record MerchantConfig(UUID merchantId, @Nullable String modelVersion, String personalizationLevel,
		String trainingFrequency, boolean autoDeploy, double minConfidence, Map<String, Boolean> dataSources,
		String privacyLevel, @Nullable Instant lastTrainedAt) {

	public boolean uses(String source) {
		return Boolean.TRUE.equals(this.dataSources.get(source));
	}

}
