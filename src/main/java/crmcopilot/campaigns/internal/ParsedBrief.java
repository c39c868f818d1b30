package crmcopilot.campaigns.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.Media;
import crmcopilot.campaigns.Objective;
import crmcopilot.campaigns.Platform;

/**
 * The structured fields read from a free-text brief (AI task
 * {@code parse-campaign-brief}).
 *
 * @param confidence share of the main fields found in the text rather than defaulted
 */
public record ParsedBrief(Objective objective, Media media, Platform platform, @Nullable String productRange,
		List<String> targetHints, @Nullable Double budget, @Nullable Long volume, double confidence) {
}
