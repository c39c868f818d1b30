package crmcopilot.campaigns;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Step 1, the objectives: the free-text brief and the structured fields it pre-fills.
 *
 * @param objective {@code Notoriété}, {@code Acquisition} or {@code Vente}
 * @param media {@code Display}, {@code Vidéo} or {@code Social}
 * @param platform {@code Google Ads Performance Max} or {@code Display & Video 360}
 * @param productRange e.g. {@code moyen de gamme}
 * @param targetHints e.g. {@code CSP}, {@code CSP+}
 * @param client who the campaign is for
 * @param business what the client sells
 */
public record CampaignBrief(String text, String objective, String media, String platform, @Nullable String productRange,
		List<String> targetHints, @Nullable String client, @Nullable String business, @Nullable Double budget,
		@Nullable Long volume, @Nullable LocalDate startDate, @Nullable LocalDate endDate) {

	public static final List<String> OBJECTIVES = List.of("Notoriété", "Acquisition", "Vente");

	public static final List<String> MEDIA = List.of("Display", "Vidéo", "Social");

	public static final String PMAX = "Google Ads Performance Max";

	public static final String DV360 = "Display & Video 360";

	public static final List<String> PLATFORMS = List.of(PMAX, DV360);

	public CampaignBrief {
		targetHints = List.copyOf(targetHints);
		if (!OBJECTIVES.contains(objective)) {
			throw new IllegalArgumentException("objective must be one of " + OBJECTIVES + ", was " + objective);
		}
		if (!MEDIA.contains(media)) {
			throw new IllegalArgumentException("media must be one of " + MEDIA + ", was " + media);
		}
		if (!PLATFORMS.contains(platform)) {
			throw new IllegalArgumentException("platform must be one of " + PLATFORMS + ", was " + platform);
		}
	}

}
