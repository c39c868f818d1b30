package crmcopilot.ai.internal;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of module {@code ai} (see {@code config/ai.properties}): the provider from the
 * environment, resilience of provider calls, and the price table.
 *
 * @param prices estimated prices by model name, US dollars per million tokens (unknown
 * models cost 0)
 */
@ConfigurationProperties("copilot.ai")
record AiSettings(@DefaultValue Llm llm, @DefaultValue Resilience resilience, Map<String, Price> prices) {

	AiSettings {
		prices = (prices != null) ? Map.copyOf(prices) : Map.of();
	}

	/**
	 * The LLM provider used by workspaces that do not set their own.
	 *
	 * @param provider {@code none}, {@code openai}, {@code azure}, {@code groq},
	 * {@code ollama} or {@code openai-compatible} (vLLM, LM Studio...)
	 * @param baseUrl base URL ending in {@code /v1} (default: the provider's own); for
	 * Azure {@code https://<resource>.openai.azure.com}
	 * @param apiKey the provider's key ({@code Authorization: Bearer}, or {@code api-key}
	 * for Azure)
	 * @param model model name (required except for Azure)
	 * @param azureDeployment Azure OpenAI deployment
	 * @param azureApiVersion Azure OpenAI API version
	 * @param structuredOutput {@code json_schema} (native structured output) or
	 * {@code json_object} (schema written into the prompt) for servers without
	 * JSON-schema output
	 * @param redactLocal also redact personal data for local providers (Ollama, loopback
	 * or private addresses)
	 */
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

	/**
	 * Retries and circuit breaker of provider calls.
	 *
	 * @param timeout per-request timeout
	 * @param maxAttempts attempts per call, the first included
	 * @param backoff first wait before a retry (doubled each time)
	 * @param maxRetryAfter longest {@code Retry-After} waited for; longer ones fall back
	 * at once
	 * @param failureRateThreshold failure percentage that opens the circuit breaker
	 * @param minimumCalls calls recorded before the breaker may open
	 * @param windowSize calls the failure rate is computed over
	 * @param openDuration how long an open breaker refuses calls
	 */
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
