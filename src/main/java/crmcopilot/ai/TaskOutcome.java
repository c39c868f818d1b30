package crmcopilot.ai;

import org.jspecify.annotations.Nullable;

/**
 * A task's result and how it was obtained.
 *
 * @param engine {@code offline} or the provider ({@code openai}, {@code ollama}...)
 * @param fallback whether the offline engine answered although a provider was configured
 * @param fallbackReason why (timeout, invalid JSON, circuit open...), or null
 */
public record TaskOutcome<R>(R result, String engine, @Nullable String model, boolean fallback,
		@Nullable String fallbackReason, String promptId, int promptVersion, long latencyMs, double confidence) {

	public boolean offline() {
		return "offline".equals(this.engine);
	}

}
