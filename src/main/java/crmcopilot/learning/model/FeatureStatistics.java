package crmcopilot.learning.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Federated summary statistics from which the shared schema is derived: per numeric
 * column the count, sum, sum of squares and sum of cubes (of the raw and of the log1p
 * value) and whether any value is negative; per categorical column the set of values
 * seen. Merchants compute them on their own rows and only these sums are merged.
 */
final class FeatureStatistics {

	private final List<String> numeric;

	private final List<String> categorical;

	private final Map<String, double[]> sums = new LinkedHashMap<>();

	private final Map<String, TreeSet<String>> vocabularies = new LinkedHashMap<>();

	public FeatureStatistics(List<String> numeric, List<String> categorical) {
		this.numeric = List.copyOf(numeric);
		this.categorical = List.copyOf(categorical);
		numeric.forEach((name) -> this.sums.put(name, new double[9]));
		categorical.forEach((name) -> this.vocabularies.put(name, new TreeSet<>()));
	}

	public FeatureStatistics add(Map<String, String> row) {
		for (String name : this.numeric) {
			Double value = FeatureSchema.parse(row.get(name));
			if (value == null) {
				continue;
			}
			double[] s = this.sums.get(name);
			double log = Math.log1p(Math.max(0, value));
			s[0] += 1;
			s[1] += value;
			s[2] += value * value;
			s[3] += value * value * value;
			s[4] += log;
			s[5] += log * log;
			s[6] += (value < 0) ? 1 : 0;
			s[7] += log * log * log;
		}
		for (String name : this.categorical) {
			String value = row.get(name);
			if (value != null && !value.isBlank()) {
				this.vocabularies.get(name).add(value.trim());
			}
		}
		return this;
	}

	public FeatureStatistics merge(FeatureStatistics other) {
		this.sums.forEach((name, s) -> {
			double[] o = other.sums.get(name);
			for (int i = 0; i < s.length; i++) {
				s[i] += o[i];
			}
		});
		this.vocabularies.forEach((name, values) -> values.addAll(other.vocabularies.get(name)));
		return this;
	}

	/**
	 * The schema: categorical columns one-hot; numeric columns standardised, after log1p
	 * when they never go negative and their skewness exceeds {@code skewThreshold}.
	 */
	public FeatureSchema toSchema(double skewThreshold) {
		List<FeatureSchema.Feature> features = new ArrayList<>();
		for (String name : this.numeric) {
			double[] s = this.sums.get(name);
			double n = Math.max(1, s[0]);
			double mean = s[1] / n;
			double variance = Math.max(0, s[2] / n - mean * mean);
			double sd = Math.sqrt(variance);
			double skew = (sd > 0) ? (s[3] / n - 3 * mean * variance - mean * mean * mean) / (sd * sd * sd) : 0;
			if (s[6] == 0 && skew > skewThreshold) {
				double logMean = s[4] / n;
				double logSd = Math.sqrt(Math.max(0, s[5] / n - logMean * logMean));
				features.add(FeatureSchema.Feature.logNumeric(name, logMean, logSd));
			}
			else {
				features.add(FeatureSchema.Feature.numeric(name, mean, sd));
			}
		}
		for (String name : this.categorical) {
			features.add(FeatureSchema.Feature.categorical(name, List.copyOf(this.vocabularies.get(name))));
		}
		return new FeatureSchema(features);
	}

}
