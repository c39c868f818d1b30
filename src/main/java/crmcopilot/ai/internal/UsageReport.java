package crmcopilot.ai.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * AI usage of a workspace over a period: per task and provider, and per day.
 *
 * @param from first day, inclusive (UTC)
 * @param to last day, inclusive (UTC)
 */
public record UsageReport(LocalDate from, LocalDate to, Figures total, List<Figures> byTaskAndProvider,
		List<DailyFigures> byDay) {

	/**
	 * Figures of a group of calls.
	 *
	 * @param fallbacks calls answered offline although a provider was configured
	 * @param fallbackRate fallbacks over calls, 0 when no call
	 */
	public record Figures(String task, String provider, long calls, long offline, long fallbacks, long latencyP50Ms,
			long latencyP95Ms, long inputTokens, long outputTokens, double costUsd, double fallbackRate) {
	}

	/** Figures of one day (UTC). */
	public record DailyFigures(LocalDate day, long calls, long fallbacks, long latencyP95Ms, long tokens,
			double costUsd) {
	}

}
