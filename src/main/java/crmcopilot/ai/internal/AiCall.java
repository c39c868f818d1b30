package crmcopilot.ai.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One task run, as recorded in {@code ai_calls}.
 *
 * @param provider the configured provider ({@code none} when there is none)
 * @param engine who answered: the provider's code or {@code offline}
 * @param costUsd estimated from the price table
 * @param redacted whether personal data was masked before leaving
 * @param confidence the result's confidence, or null when the task has none
 */
public record AiCall(UUID id, UUID workspaceId, Instant occurredAt, String task, String provider, String engine,
		@Nullable String model, String promptId, int promptVersion, String promptSource, long latencyMs,
		long inputTokens, long outputTokens, double costUsd, boolean offline, boolean fallback,
		@Nullable String fallbackReason, boolean redacted, @Nullable Double confidence) {
}
