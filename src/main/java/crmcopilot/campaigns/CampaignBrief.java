package crmcopilot.campaigns;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Step 1, the objectives: the free-text brief and the structured fields it pre-fills.
 *
 * @param productRange e.g. {@code moyen de gamme}
 * @param targetHints e.g. {@code CSP}, {@code CSP+}
 * @param client who the campaign is for
 * @param business what the client sells
 */
public record CampaignBrief(String text, Objective objective, Media media, Platform platform,
		@Nullable String productRange, List<String> targetHints, @Nullable String client, @Nullable String business,
		@Nullable Double budget, @Nullable Long volume, @Nullable LocalDate startDate, @Nullable LocalDate endDate) {

	public CampaignBrief {
		targetHints = List.copyOf(targetHints);
	}

	/** The name of a run that was given none: objective and platform. */
	public String defaultName() {
		return this.objective.code() + " · " + this.platform.code();
	}

}
