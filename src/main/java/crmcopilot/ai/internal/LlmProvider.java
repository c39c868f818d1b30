package crmcopilot.ai.internal;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/** The LLM providers the gateway speaks to, all through {@code /chat/completions}. */
public enum LlmProvider {

	/** No provider: every task is answered by its offline engine. */
	NONE("none", null), OPENAI("openai", "https://api.openai.com/v1"),
	/**
	 * Azure OpenAI: base URL {@code https://<resource>.openai.azure.com}, a deployment,
	 * an api-version.
	 */
	AZURE("azure", null), GROQ("groq", "https://api.groq.com/openai/v1"), OLLAMA("ollama", "http://localhost:11434/v1"),
	/** vLLM, LM Studio, LocalAI or any server speaking {@code /v1/chat/completions}. */
	OPENAI_COMPATIBLE("openai-compatible", null);

	private final String code;

	private final @Nullable String defaultBaseUrl;

	LlmProvider(String code, @Nullable String defaultBaseUrl) {
		this.code = code;
		this.defaultBaseUrl = defaultBaseUrl;
	}

	public String code() {
		return this.code;
	}

	public @Nullable String defaultBaseUrl() {
		return this.defaultBaseUrl;
	}

	public static LlmProvider fromCode(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return NONE;
		}
		String wanted = code.trim();
		return Arrays.stream(values())
			.filter((provider) -> provider.code.equalsIgnoreCase(wanted) || provider.name().equalsIgnoreCase(wanted)
					|| ("vllm".equalsIgnoreCase(wanted) && provider == OPENAI_COMPATIBLE))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown LLM provider: " + wanted + " (none, openai, azure, groq, ollama, openai-compatible)"));
	}

}
