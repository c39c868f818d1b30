package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.CampaignBrief;

/**
 * What the chosen persona's statistics say for step 9's targeting: its age bands, income
 * ranks for the brief's targets, parental status, gender, devices and interests, read by
 * {@link DspTargeting}.
 */
final class TargetingSignals {

	private TargetingSignals() {
	}

	static List<Integer> ageBands(SegmentProfile persona) {
		List<Integer> bands = new ArrayList<>();
		for (SegmentProfile.CategoryStat stat : persona.categories("age_band")) {
			int band = List.of(DspTargeting.BANDS).indexOf(stat.value());
			if (band >= 0 && (stat.index() >= 110 || stat.share() >= 0.15)) {
				bands.add(band);
			}
		}
		bands.sort(Integer::compare);
		return bands;
	}

	/** Ranks 0 (0-50 %) to 5 (top 10 %) of the income ranges. */
	static Set<Integer> incomeRanks(double percentile, List<String> hints) {
		Set<Integer> ranks = new LinkedHashSet<>();
		if (Double.isNaN(percentile)) {
			return ranks;
		}
		if (hints.contains("CSP+")) {
			ranks.add(4);
			ranks.add(5);
		}
		if (hints.contains("CSP")) {
			ranks.add(1);
			ranks.add(2);
			ranks.add(3);
		}
		if (hints.contains("CSP-")) {
			ranks.add(0);
		}
		if (ranks.isEmpty()) {
			int rank = (percentile < 0.5) ? 0 : Math.min(5, 1 + (int) ((percentile - 0.5) * 10));
			ranks.add(rank);
			ranks.add(Math.min(5, rank + 1));
		}
		return new java.util.TreeSet<>(ranks);
	}

	static @Nullable String parental(SegmentProfile persona, List<String> warnings, List<DspTargeting.Keyed> notices) {
		List<SegmentProfile.CategoryStat> family = persona.categories("family");
		if (family.isEmpty()) {
			return null;
		}
		double parents = family.stream()
			.filter((c) -> c.value().toLowerCase(Locale.ROOT).contains("famil"))
			.mapToDouble(SegmentProfile.CategoryStat::share)
			.sum();
		if (parents > 0.2 && parents < 0.5) {
			warnings.add(String.format(Locale.ROOT,
					"Weak parental-status mapping: %d %% of the persona live as a family; \"undetermined\" is kept.",
					Math.round(parents * 100)));
			notices.add(new DspTargeting.Keyed("campaigns.signal.parental.warning",
					List.of(String.valueOf(Math.round(parents * 100)))));
		}
		return (parents >= 0.5) ? "PARENT" : "NOT_A_PARENT";
	}

	static @Nullable String gender(SegmentProfile persona) {
		for (SegmentProfile.CategoryStat stat : persona.categories("gender")) {
			if (stat.share() >= 0.65) {
				String v = stat.value().toLowerCase(Locale.ROOT);
				return v.matches("mme|madame|f|femme|female|mrs|ms") ? "FEMALE"
						: v.matches("m|m\\.|monsieur|homme|male|mr") ? "MALE" : null;
			}
		}
		return null;
	}

	static List<String> devices(SegmentProfile persona) {
		String channel = persona.mode("channel").map((c) -> c.value().toLowerCase(Locale.ROOT)).orElse("");
		if (channel.contains("web")) {
			return List.of("DEVICE_TYPE_SMART_PHONE", "DEVICE_TYPE_COMPUTER", "DEVICE_TYPE_TABLET");
		}
		return List.of("DEVICE_TYPE_SMART_PHONE", "DEVICE_TYPE_TABLET");
	}

	static List<String> interests(SegmentProfile persona, CampaignBrief brief) {
		List<String> keywords = new ArrayList<>(List.of("équipement de la maison", "décoration"));
		if (persona.mode("housing").map((h) -> h.value().contains("maison")).orElse(false)) {
			keywords.add("jardin et extérieur");
		}
		if (persona.mode("family").map((f) -> f.value().contains("famil")).orElse(false)) {
			keywords.add("vie de famille");
		}
		if (brief.productRange() != null) {
			keywords.add(brief.productRange());
		}
		return keywords;
	}

}
