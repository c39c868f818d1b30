package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Builds the statistics table of every segment. */
final class SegmentProfiles {

	static final double TRAIT_THRESHOLD = 0.25;

	private SegmentProfiles() {
	}

	public static List<SegmentProfile> of(PreparedCustomers customers, int[] labels, int k) {
		int n = customers.size();
		List<SegmentProfile> profiles = new ArrayList<>(k);
		for (int s = 0; s < k; s++) {
			int size = 0;
			for (int label : labels) {
				size += (label == s) ? 1 : 0;
			}
			List<SegmentProfile.NumericStat> numeric = new ArrayList<>();
			for (Map.Entry<String, double[]> entry : customers.numeric().entrySet()) {
				double[] values = entry.getValue();
				double popMean = 0;
				for (double v : values) {
					popMean += v;
				}
				popMean /= n;
				double var = 0;
				for (double v : values) {
					var += (v - popMean) * (v - popMean);
				}
				double std = Math.sqrt(var / n);
				double mean = 0;
				for (int i = 0; i < n; i++) {
					mean += (labels[i] == s) ? values[i] : 0;
				}
				mean = (size > 0) ? mean / size : Double.NaN;
				double z = (std > 0 && size > 0) ? (mean - popMean) / std : 0;
				numeric.add(new SegmentProfile.NumericStat(entry.getKey(), mean, popMean, std, z));
			}
			List<SegmentProfile.CategoryStat> categorical = new ArrayList<>();
			for (Map.Entry<String, String[]> entry : customers.categorical().entrySet()) {
				String[] values = entry.getValue();
				Map<String, Integer> population = Enrichment.count(values);
				for (String level : Enrichment.levels(values)) {
					int count = 0;
					for (int i = 0; i < n; i++) {
						count += (labels[i] == s && level.equals(values[i])) ? 1 : 0;
					}
					double share = (size > 0) ? (double) count / size : 0;
					double popShare = (double) population.get(level) / n;
					double index = (popShare > 0) ? 100 * share / popShare : 0;
					double spread = Math.sqrt(popShare * (1 - popShare));
					double z = (spread > 0) ? (share - popShare) / spread : 0;
					categorical
						.add(new SegmentProfile.CategoryStat(entry.getKey(), level, count, share, popShare, index, z));
				}
			}
			profiles.add(
					new SegmentProfile(s, size, (double) size / n, numeric, categorical, traits(numeric, categorical)));
		}
		return profiles;
	}

	/**
	 * The 3 to 5 most distinctive lines: largest |z|, positive category gaps only (a
	 * category being rarer says little), at most one category per feature.
	 */
	static List<SegmentProfile.Trait> traits(List<SegmentProfile.NumericStat> numeric,
			List<SegmentProfile.CategoryStat> categorical) {
		List<SegmentProfile.Trait> candidates = new ArrayList<>();
		for (SegmentProfile.NumericStat stat : numeric) {
			if (!stat.feature().equals("children") && !stat.feature().equals("basket")) {
				candidates.add(new SegmentProfile.Trait(stat.feature(), null, stat.z()));
			}
		}
		for (SegmentProfile.CategoryStat stat : categorical) {
			if (stat.z() > 0 && !stat.feature().equals("age_band")) {
				candidates.add(new SegmentProfile.Trait(stat.feature(), stat.value(), stat.z()));
			}
		}
		candidates.sort(Comparator.comparingDouble((SegmentProfile.Trait t) -> -Math.abs(t.z()))
			.thenComparing(SegmentProfile.Trait::feature));
		List<SegmentProfile.Trait> traits = new ArrayList<>();
		List<String> features = new ArrayList<>();
		for (SegmentProfile.Trait candidate : candidates) {
			if (traits.size() >= 5 || features.contains(candidate.feature())) {
				continue;
			}
			if (traits.size() >= 3 && Math.abs(candidate.z()) < TRAIT_THRESHOLD) {
				break;
			}
			traits.add(candidate);
			features.add(candidate.feature());
		}
		return traits;
	}

}
