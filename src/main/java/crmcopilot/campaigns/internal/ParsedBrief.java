package crmcopilot.campaigns.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The structured fields read from a free-text brief (AI task
 * {@code parse-campaign-brief}).
 *
 * @param confidence share of the main fields found in the text rather than defaulted
 */
public record ParsedBrief(String objective, String media, String platform, @Nullable String productRange,
		List<String> targetHints, @Nullable Double budget, @Nullable Long volume, double confidence) {
}
