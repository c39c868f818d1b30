package crmcopilot.ai.offline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Offline engine settings.
 *
 * @param embeddings whether the classifier adds sentence embeddings to its n-gram model
 * ({@code COPILOT_AI_OFFLINE_EMBEDDINGS}); without them training and prediction are about
 * a hundred times faster and accuracy a few points lower
 * @param embeddingCacheSize how many text embeddings are kept in memory
 * @param cascadeConfidence with embeddings, the n-gram model answers alone when it is at
 * least this confident, and the text is embedded only otherwise
 * ({@code COPILOT_AI_OFFLINE_CASCADE}; 1 = always embed)
 */
@ConfigurationProperties("copilot.ai.offline")
record OfflineSettings(@DefaultValue("true") boolean embeddings, @DefaultValue("20000") int embeddingCacheSize,
		@DefaultValue("" + OfflineTextClassifierTrainer.DEFAULT_CASCADE) double cascadeConfidence) {
}
