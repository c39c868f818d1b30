package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import crmcopilot.shared.InvalidInputException;

/**
 * Step 4 by RFM: each customer scored 1 to 5 on recency (recent is 5), frequency and
 * monetary value by the quintiles of the customers, then put in the usual named group of
 * its recency and the mean of its frequency and monetary scores. Groups nobody falls in
 * are left out; deterministic, no seed.
 */
final class RfmSegmentation {

	/** The groups, in the order segments are numbered. */
	enum Group {

		CHAMPIONS("champions", "Champions", "Champions"), LOYAL("loyal", "Fidèles", "Loyal"),
		NEW("new", "Nouveaux", "New customers"), PROMISING("promising", "Prometteurs", "Promising"),
		AT_RISK("at-risk", "À risque", "At risk"), HIBERNATING("hibernating", "En sommeil", "Hibernating"),
		LOST("lost", "Perdus", "Lost");

		private final String code;

		private final String french;

		private final String english;

		Group(String code, String french, String english) {
			this.code = code;
			this.french = french;
			this.english = english;
		}

		String code() {
			return this.code;
		}

		String label(String language) {
			return PersonaLanguage.english(language) ? this.english : this.french;
		}

		static Group of(int recency, int frequencyMonetary) {
			if (recency >= 4) {
				return (frequencyMonetary >= 4) ? CHAMPIONS : (frequencyMonetary >= 3) ? LOYAL : NEW;
			}
			if (recency == 3) {
				return (frequencyMonetary >= 3) ? LOYAL : PROMISING;
			}
			if (frequencyMonetary >= 3) {
				return AT_RISK;
			}
			return (recency == 2) ? HIBERNATING : LOST;
		}

	}

	/**
	 * @param labels the segment of each customer, 0-based, in the order of {@code groups}
	 * @param groups the groups that have customers
	 */
	record Result(int[] labels, List<Group> groups) {
	}

	private RfmSegmentation() {
	}

	static Result segment(PreparedCustomers customers) {
		double[] recency = customers.numeric().get("recency");
		double[] orders = customers.numeric().get("orders");
		double[] spend = customers.numeric().get("spend");
		List<String> missing = new ArrayList<>();
		if (recency == null) {
			missing.add("recency");
		}
		if (orders == null) {
			missing.add("orders");
		}
		if (spend == null) {
			missing.add("spend");
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException("method", "campaigns.error.rfm-columns",
					new Object[] { String.join(", ", missing) },
					"RFM needs the recency (or last order date), orders and spend: map " + String.join(", ", missing));
		}
		int n = customers.size();
		int[] r = scores(recency, true);
		int[] f = scores(orders, false);
		int[] m = scores(spend, false);
		Group[] groupOf = new Group[n];
		boolean[] present = new boolean[Group.values().length];
		for (int i = 0; i < n; i++) {
			groupOf[i] = Group.of(r[i], (int) Math.round((f[i] + m[i]) / 2.0));
			present[groupOf[i].ordinal()] = true;
		}
		List<Group> groups = new ArrayList<>();
		int[] segmentOf = new int[present.length];
		for (Group group : Group.values()) {
			segmentOf[group.ordinal()] = groups.size();
			if (present[group.ordinal()]) {
				groups.add(group);
			}
		}
		int[] labels = new int[n];
		for (int i = 0; i < n; i++) {
			labels[i] = segmentOf[groupOf[i].ordinal()];
		}
		return new Result(labels, List.copyOf(groups));
	}

	/**
	 * Quintile scores 1..5: one plus the number of the four cut points (20th to 80th
	 * percentile) a value is above, or below for recency, where fewer days is better.
	 */
	static int[] scores(double[] values, boolean lowerIsBetter) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double[] cuts = new double[4];
		for (int q = 1; q <= 4; q++) {
			cuts[q - 1] = sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length / 5.0))];
		}
		int[] scores = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			int score = 1;
			for (double cut : cuts) {
				if (lowerIsBetter ? values[i] < cut : values[i] > cut) {
					score++;
				}
			}
			scores[i] = score;
		}
		return scores;
	}

}
