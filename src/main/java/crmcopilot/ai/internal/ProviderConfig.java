package crmcopilot.ai.internal;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

import crmcopilot.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Where and how to reach one provider. {@link #toString()} never shows the API key.
 *
 * @param baseUrl for OpenAI-style providers the URL ending in {@code /v1}; for Azure the
 * resource endpoint {@code https://<resource>.openai.azure.com}
 * @param jsonSchema whether to ask for native structured output
 * ({@code response_format: json_schema}); otherwise {@code json_object} and the schema in
 * the prompt
 * @param redactLocal redact personal data even when the provider is local
 */
record ProviderConfig(LlmProvider provider, String baseUrl, @Nullable String apiKey, String model,
		@Nullable String azureDeployment, String azureApiVersion, boolean jsonSchema, boolean redactLocal) {

	private static final Pattern PRIVATE_IPV4 = Pattern
		.compile("^(127\\.|10\\.|192\\.168\\.|172\\.(1[6-9]|2\\d|3[01])\\.)[\\d.]+$");

	public static final ProviderConfig NONE = new ProviderConfig(LlmProvider.NONE, "", null, "", null, "", true, false);

	public static ProviderConfig of(LlmProvider provider, @Nullable String baseUrl, @Nullable String apiKey,
			@Nullable String model, @Nullable String azureDeployment, @Nullable String azureApiVersion,
			boolean jsonSchema, boolean redactLocal) {
		if (provider == LlmProvider.NONE) {
			return NONE;
		}
		String url = blankToNull(baseUrl);
		if (url == null) {
			url = provider.defaultBaseUrl();
		}
		if (url == null) {
			throw new InvalidInputException("baseUrl", "ai.error.base-url-missing", new Object[] { provider.code() },
					"provider " + provider.code() + " needs a base URL");
		}
		URI uri = URI.create(url.trim());
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
			throw new InvalidInputException("baseUrl", "ai.error.base-url-invalid", new Object[] { url },
					"base URL must be an http(s) URL: " + url);
		}
		String deployment = blankToNull(azureDeployment);
		String modelName = (blankToNull(model) != null) ? model.trim() : ((deployment != null) ? deployment : "");
		if (provider == LlmProvider.AZURE && deployment == null) {
			deployment = (modelName.isEmpty()) ? null : modelName;
			if (deployment == null) {
				throw new InvalidInputException("azureDeployment", "ai.error.azure-deployment", new Object[0],
						"provider azure needs a deployment (or a model named like it)");
			}
		}
		if (provider != LlmProvider.AZURE && modelName.isEmpty()) {
			throw new InvalidInputException("model", "ai.error.model-missing", new Object[] { provider.code() },
					"provider " + provider.code() + " needs a model");
		}
		String version = (blankToNull(azureApiVersion) != null) ? azureApiVersion.trim() : "2024-10-21";
		return new ProviderConfig(provider, stripTrailingSlash(url.trim()), blankToNull(apiKey), modelName, deployment,
				version, jsonSchema, redactLocal);
	}

	/**
	 * The same provider asked for {@code json_object}, the schema written in the prompt.
	 */
	public ProviderConfig withJsonObject() {
		return new ProviderConfig(this.provider, this.baseUrl, this.apiKey, this.model, this.azureDeployment,
				this.azureApiVersion, false, this.redactLocal);
	}

	public boolean enabled() {
		return this.provider != LlmProvider.NONE;
	}

	/** The chat completions endpoint of this provider. */
	public URI chatCompletionsUri() {
		if (this.provider == LlmProvider.AZURE) {
			return URI.create(this.baseUrl + "/openai/deployments/" + this.azureDeployment
					+ "/chat/completions?api-version=" + this.azureApiVersion);
		}
		return URI.create(this.baseUrl + "/chat/completions");
	}

	/**
	 * Whether the provider runs on this machine or the private network (Ollama, or a
	 * loopback, private-range or {@code .local}/{@code .internal} host): text sent there
	 * does not leave the premises, so it is not redacted unless {@link #redactLocal()}.
	 */
	public boolean local() {
		if (!enabled()) {
			return true;
		}
		if (this.provider == LlmProvider.OLLAMA && this.baseUrl.equals(LlmProvider.OLLAMA.defaultBaseUrl())) {
			return true;
		}
		String host = URI.create(this.baseUrl).getHost().toLowerCase(Locale.ROOT);
		return host.equals("localhost") || host.equals("[::1]") || host.equals("::1") || host.endsWith(".local")
				|| host.endsWith(".internal") || host.endsWith(".localhost") || PRIVATE_IPV4.matcher(host).matches()
				|| (this.provider == LlmProvider.OLLAMA && !host.contains("."));
	}

	/** Whether text sent to this provider must be redacted (privacy level permitting). */
	public boolean needsRedaction() {
		return enabled() && (!local() || this.redactLocal);
	}

	/** Identifies the endpoint for its circuit breaker (never includes the key). */
	public String endpointKey() {
		return this.provider.code() + "|" + this.baseUrl + "|" + this.model + "|"
				+ ((this.azureDeployment != null) ? this.azureDeployment : "");
	}

	@Override
	public String toString() {
		return "ProviderConfig[" + this.provider.code() + " " + this.baseUrl + " model=" + this.model + " key="
				+ ((this.apiKey != null) ? "set" : "none") + "]";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
