package crmcopilot.learning.internal.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import crmcopilot.learning.internal.RunMetrics;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.TrainingRunStore;
import crmcopilot.learning.internal.training.TrainingData.LabelledRows;
import crmcopilot.learning.model.FeatureSchema;
import crmcopilot.learning.model.SessionSchema;

import org.springframework.stereotype.Service;

/**
 * What the monitor shows beyond the runs: the anonymous peer benchmark and the patterns
 * detected in the merchant's own rows.
 */
@Service
public class LearningInsights {

	/** Peers needed before any percentile is shown. */
	public static final int MIN_PEERS = 5;

	private static final List<String> BENCHMARKED = List.of("auc", "accuracy", "predictedUplift", "confidence");

	private final TrainingRunStore runs;

	private final TrainingData data;

	LearningInsights(TrainingRunStore runs, TrainingData data) {
		this.runs = runs;
		this.data = data;
	}

	/**
	 * Where the merchant's latest model stands among every merchant's latest model: for
	 * each metric, the percentile (share of merchants at or below its value) and the
	 * quartiles. Only shown when at least {@link #MIN_PEERS} merchants contribute; no
	 * merchant is named.
	 */
	public Map<String, Object> benchmark(UUID workspaceId) {
		List<TrainingRun> latest = this.runs.latestPerMerchant();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("merchants", latest.size());
		result.put("minimum", MIN_PEERS);
		TrainingRun own = latest.stream()
			.filter((run) -> run.merchantId().equals(workspaceId))
			.findFirst()
			.orElse(null);
		if (latest.size() < MIN_PEERS || own == null) {
			result.put("available", false);
			return result;
		}
		result.put("available", true);
		Map<String, Object> metrics = new LinkedHashMap<>();
		for (String name : BENCHMARKED) {
			double[] values = latest.stream().mapToDouble((run) -> run.metric(name)).sorted().toArray();
			double mine = own.metric(name);
			long atOrBelow = Arrays.stream(values).filter((v) -> v <= mine).count();
			metrics.put(name, Map.of("value", mine, "percentile", Math.round(100.0 * atOrBelow / values.length), "p25",
					quantile(values, 0.25), "median", quantile(values, 0.5), "p75", quantile(values, 0.75)));
		}
		result.put("metrics", metrics);
		return result;
	}

	static double quantile(double[] sorted, double q) {
		double position = q * (sorted.length - 1);
		int low = (int) Math.floor(position);
		int high = (int) Math.ceil(position);
		return RunMetrics.round(sorted[low] + (sorted[high] - sorted[low]) * (position - low));
	}

	/**
	 * Patterns in the merchant's rows: cart abandonment rate (sessions with a cart that
	 * did not buy) and its drivers (standardised mean difference between abandoned and
	 * bought carts), seasonal peaks (months whose conversion rate exceeds the mean by one
	 * standard deviation) and refund spikes (months whose refund rate among orders
	 * exceeds the mean by 1.5 standard deviations, when a {@code refunded} column
	 * exists).
	 */
	public Map<String, Object> patterns(UUID workspaceId) {
		Map<String, Object> result = new LinkedHashMap<>();
		LabelledRows dataset = this.data.rows(workspaceId).orElse(null);
		if (dataset == null) {
			result.put("available", false);
			return result;
		}
		List<Map<String, String>> rows = dataset.rows();
		String label = dataset.label();
		result.put("available", true);
		result.put("rows", rows.size());
		List<Map<String, String>> carts = rows.stream().filter((row) -> number(row, "cart_value") > 0).toList();
		List<Map<String, String>> abandoned = carts.stream().filter((row) -> !positive(row, label)).toList();
		List<Map<String, String>> bought = carts.stream().filter((row) -> positive(row, label)).toList();
		result.put("abandonmentRate", carts.isEmpty() ? 0 : RunMetrics.round((double) abandoned.size() / carts.size()));
		List<Map<String, Object>> drivers = new ArrayList<>();
		for (FeatureSchema.Feature feature : SessionSchema.standard().features()) {
			if (feature.kind() == FeatureSchema.Kind.CATEGORICAL || feature.name().startsWith("ext_")
					|| abandoned.isEmpty() || bought.isEmpty()) {
				continue;
			}
			double[] a = abandoned.stream().mapToDouble((row) -> number(row, feature.name())).toArray();
			double[] b = bought.stream().mapToDouble((row) -> number(row, feature.name())).toArray();
			double sd = Math.sqrt((variance(a) + variance(b)) / 2);
			if (sd > 0) {
				drivers.add(Map.of("feature", feature.name(), "effect", RunMetrics.round((mean(a) - mean(b)) / sd)));
			}
		}
		drivers.sort(Comparator.comparingDouble((Map<String, Object> d) -> -Math.abs((Double) d.get("effect"))));
		result.put("abandonmentDrivers", drivers.subList(0, Math.min(3, drivers.size())));
		Map<Integer, double[]> byMonth = new TreeMap<>();
		for (Map<String, String> row : rows) {
			int month = (int) number(row, "month");
			if (month < 1 || month > 12) {
				continue;
			}
			double[] counts = byMonth.computeIfAbsent(month, (m) -> new double[4]);
			counts[0]++;
			if (positive(row, label)) {
				counts[1]++;
				counts[2] += (number(row, "refunded") > 0) ? 1 : 0;
			}
			counts[3] += row.containsKey("refunded") ? 1 : 0;
		}
		Map<String, Object> conversion = new LinkedHashMap<>();
		Map<String, Object> refunds = new LinkedHashMap<>();
		byMonth.forEach((month, c) -> {
			conversion.put(String.valueOf(month), RunMetrics.round(c[1] / c[0]));
			if (c[3] > 0 && c[1] > 0) {
				refunds.put(String.valueOf(month), RunMetrics.round(c[2] / c[1]));
			}
		});
		result.put("monthlyConversion", conversion);
		result.put("seasonalPeaks", outliers(conversion, 1.0));
		result.put("monthlyRefundRate", refunds);
		result.put("refundSpikes", outliers(refunds, 1.5));
		return result;
	}

	private static List<String> outliers(Map<String, Object> values, double sds) {
		double[] v = values.values().stream().mapToDouble((o) -> ((Number) o).doubleValue()).toArray();
		if (v.length < 3) {
			return List.of();
		}
		double threshold = mean(v) + sds * Math.sqrt(variance(v));
		return values.entrySet()
			.stream()
			.filter((e) -> ((Number) e.getValue()).doubleValue() > threshold)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static boolean positive(Map<String, String> row, String label) {
		return FeatureSchema.isPositive(row.get(label), "");
	}

	private static double number(Map<String, String> row, String column) {
		try {
			return Double.parseDouble(String.valueOf(row.get(column)).trim());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static double mean(double[] values) {
		return Arrays.stream(values).average().orElse(0);
	}

	private static double variance(double[] values) {
		double m = mean(values);
		return Arrays.stream(values).map((v) -> (v - m) * (v - m)).average().orElse(0);
	}

}
