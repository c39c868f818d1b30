package crmcopilot.ai.internal;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of module {@code ai} (see {@code config/ai.properties}): the provider from the
 * environment, resilience of provider calls, and the price table.
 */
@ConfigurationProperties("copilot.ai")
record AiSettings(@DefaultValue Llm llm, @DefaultValue Resilience resilience, Map<String, Price> prices) {

	AiSettings {
		prices = (prices != null) ? Map.copyOf(prices) : Map.of();
	}

	record Llm(@DefaultValue("none") String provider, @Nullable String baseUrl, @Nullable String apiKey,
			@Nullable String model, @Nullable String azureDeployment,
			@DefaultValue("2024-10-21") String azureApiVersion, @DefaultValue("json_schema") String structuredOutput,
			boolean redactLocal) {

		ProviderConfig toConfig() {
			return ProviderConfig.of(LlmProvider.fromCode(this.provider), this.baseUrl, this.apiKey, this.model,
					this.azureDeployment, this.azureApiVersion, !"json_object".equalsIgnoreCase(this.structuredOutput),
					this.redactLocal);
		}

	}

	record Resilience(@DefaultValue("30s") Duration timeout, @DefaultValue("3") int maxAttempts,
			@DefaultValue("500ms") Duration backoff, @DefaultValue("20s") Duration maxRetryAfter,
			@DefaultValue("50") float failureRateThreshold, @DefaultValue("5") int minimumCalls,
			@DefaultValue("20") int windowSize, @DefaultValue("60s") Duration openDuration) {
	}

	/**
	 * Price of a model in US dollars per million tokens.
	 */
	record Price(double input, double output) {
	}

}
