package crmcopilot.learning.internal.training;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.Actors;
import crmcopilot.learning.internal.DataSource;
import crmcopilot.learning.internal.Inputs;
import crmcopilot.learning.internal.MerchantConfig;
import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.learning.internal.MerchantPrivacy;
import crmcopilot.learning.internal.TrainingFrequency;
import crmcopilot.learning.model.Personalization;
import crmcopilot.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** A merchant's learning settings: read, and changed field by field. */
@Service
public class MerchantConfigs {

	/**
	 * A partial change of the configuration, with the values of the JSON API; null fields
	 * keep their value.
	 */
	public record ConfigChange(@Nullable String personalizationLevel, @Nullable String trainingFrequency,
			@Nullable Boolean autoDeploy, @Nullable Double minConfidence, @Nullable Map<String, Boolean> dataSources,
			@Nullable String privacyLevel) {

		/** A change of the data sources only. */
		public static ConfigChange sources(Map<String, Boolean> dataSources) {
			return new ConfigChange(null, null, null, null, dataSources, null);
		}

	}

	private final MerchantConfigStore configs;

	private final AuditJournal journal;

	MerchantConfigs(MerchantConfigStore configs, AuditJournal journal) {
		this.configs = configs;
		this.journal = journal;
	}

	public MerchantConfig config(UUID workspaceId) {
		return this.configs.config(workspaceId);
	}

	public MerchantConfig updateConfig(UUID workspaceId, ConfigChange change, String actor) {
		Inputs.finite("minConfidence", change.minConfidence());
		MerchantConfig current = this.configs.config(workspaceId);
		Personalization level = (change.personalizationLevel() != null)
				? parse("personalizationLevel", () -> Personalization.of(change.personalizationLevel()),
						"learning.error.personalization-level", "personalization level must be low, medium or high")
				: current.personalizationLevel();
		TrainingFrequency frequency = (change.trainingFrequency() != null)
				? parse("trainingFrequency", () -> TrainingFrequency.of(change.trainingFrequency()),
						"learning.error.training-frequency", "training frequency must be daily, weekly or monthly")
				: current.trainingFrequency();
		if (change.minConfidence() != null && !(change.minConfidence() >= 0 && change.minConfidence() <= 1)) {
			throw new InvalidInputException("minConfidence", "learning.error.min-confidence", new Object[0],
					"min confidence must be between 0 and 1");
		}
		MerchantPrivacy privacy = (change.privacyLevel() != null)
				? parse("privacyLevel", () -> MerchantPrivacy.of(change.privacyLevel()), "learning.error.privacy-level",
						"privacy level must be private, anonymized or shared")
				: current.privacyLevel();
		Map<String, Boolean> sources = new LinkedHashMap<>(current.dataSources());
		if (change.dataSources() != null) {
			for (Map.Entry<String, Boolean> entry : change.dataSources().entrySet()) {
				if (entry.getValue() == null) {
					throw invalidSources();
				}
				DataSource source;
				try {
					source = DataSource.of(entry.getKey());
				}
				catch (IllegalArgumentException ex) {
					throw invalidSources();
				}
				sources.put(source.value(), entry.getValue());
			}
		}
		MerchantConfig updated = new MerchantConfig(current.merchantId(), current.modelVersion(), level, frequency,
				(change.autoDeploy() != null) ? change.autoDeploy() : current.autoDeploy(),
				(change.minConfidence() != null) ? change.minConfidence() : current.minConfidence(), sources, privacy,
				current.lastTrainedAt());
		this.configs.save(workspaceId, updated);
		this.journal.record(AuditEvent
			.of(workspaceId, "learning.config.updated", "merchant-config", workspaceId.toString(), null,
					Map.of("personalizationLevel", updated.personalizationLevel().key(), "trainingFrequency",
							updated.trainingFrequency().value(), "autoDeploy", updated.autoDeploy(), "minConfidence",
							updated.minConfidence(), "dataSources", updated.dataSources()))
			.by(actor, Actors.type(actor)));
		return this.configs.config(workspaceId);
	}

	private static InvalidInputException invalidSources() {
		return new InvalidInputException("dataSources", "learning.error.data-sources", new Object[0],
				"data sources are internal, external and federated, each true or false");
	}

	private static <T> T parse(String field, Supplier<T> parser, String key, String message) {
		try {
			return parser.get();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, key, new Object[0], message);
		}
	}

}
