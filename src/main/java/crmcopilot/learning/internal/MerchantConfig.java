package crmcopilot.learning.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import crmcopilot.learning.model.Personalization;
import org.jspecify.annotations.Nullable;

/**
 * A merchant's learning settings.
 *
 * @param modelVersion the deployed model version, if any
 * @param minConfidence auto-deploy threshold on {@code metrics.confidence}, in [0, 1]
 * @param dataSources which sources feed training, by {@link DataSource#value()}
 */
public record MerchantConfig(UUID merchantId, @Nullable String modelVersion, Personalization personalizationLevel,
		TrainingFrequency trainingFrequency, boolean autoDeploy, double minConfidence, Map<String, Boolean> dataSources,
		MerchantPrivacy privacyLevel, @Nullable Instant lastTrainedAt) {

	public boolean uses(DataSource source) {
		return Boolean.TRUE.equals(this.dataSources.get(source.value()));
	}

	public MerchantConfig withModelVersion(String version) {
		return new MerchantConfig(this.merchantId, version, this.personalizationLevel, this.trainingFrequency,
				this.autoDeploy, this.minConfidence, this.dataSources, this.privacyLevel, this.lastTrainedAt);
	}

	public MerchantConfig withLastTrainedAt(Instant trainedAt) {
		return new MerchantConfig(this.merchantId, this.modelVersion, this.personalizationLevel, this.trainingFrequency,
				this.autoDeploy, this.minConfidence, this.dataSources, this.privacyLevel, trainedAt);
	}

	/** Whether the worker should train the merchant again at {@code now}. */
	public boolean trainingDue(Instant now) {
		return this.lastTrainedAt == null || !this.lastTrainedAt.plus(this.trainingFrequency.period()).isAfter(now);
	}

}
