package crmcopilot.campaigns.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.campaigns.ColumnRole;
import crmcopilot.campaigns.internal.segmentation.FeatureMatrix;
import crmcopilot.campaigns.internal.segmentation.StandardScaler;
import crmcopilot.crm.CustomerData;
import crmcopilot.crm.TypeDetector;
import crmcopilot.shared.InvalidInputException;

/**
 * Step 3: joins the enrichment table on the customer id, derives age, age band, household
 * size, basket and recency (RFM when purchases exist), imputes missing values (median,
 * most frequent value) and builds the clustering space.
 */
final class Enrichment {

	/** Numeric features clustered, in order, when available. */
	static final List<String> NUMERIC = List.of("age", "income", "household_size", "children", "orders", "spend",
			"recency");

	/** Categorical features one-hot encoded for the clustering, when available. */
	static final List<String> ONE_HOT = List.of("csp", "owner", "housing", "zone", "family", "channel");

	private Enrichment() {
	}

	public static PreparedCustomers prepare(CustomerData clients, @Nullable CustomerData enrichment,
			ColumnMapping mapping) {
		JoinedCustomers table = JoinedCustomers.join(clients, enrichment, mapping);
		LocalDate reference = table.referenceDate(mapping);
		Map<String, double[]> numeric = new LinkedHashMap<>();
		Map<String, String[]> categorical = new LinkedHashMap<>();
		List<String> derived = new ArrayList<>();
		int n = table.rows().size();
		double[] age = table.numbers(mapping, ColumnRole.AGE);
		if (age == null) {
			age = table.ages(mapping, reference);
			if (age != null) {
				derived.add("age");
			}
		}
		put(numeric, "age", age);
		put(numeric, "income", table.numbers(mapping, ColumnRole.INCOME));
		double[] children = table.numbers(mapping, ColumnRole.CHILDREN);
		double[] household = table.numbers(mapping, ColumnRole.HOUSEHOLD_SIZE);
		String[] family = table.texts(mapping, ColumnRole.FAMILY);
		if (household == null && (children != null || family != null)) {
			household = new double[n];
			for (int i = 0; i < n; i++) {
				double kids = (children != null && !Double.isNaN(children[i])) ? children[i] : 0;
				String f = (family != null && family[i] != null) ? family[i].toLowerCase(Locale.ROOT) : "";
				boolean single = f.contains("célib") || f.contains("celib") || f.contains("single")
						|| f.contains("seul") || f.contains("divorc") || f.contains("veu") || f.contains("widow");
				household[i] = (single ? 1 : 2) + kids;
			}
			derived.add("household_size");
		}
		put(numeric, "household_size", household);
		put(numeric, "children", children);
		double[] orders = table.numbers(mapping, ColumnRole.ORDERS);
		double[] spend = table.numbers(mapping, ColumnRole.SPEND);
		put(numeric, "orders", orders);
		put(numeric, "spend", spend);
		double[] recency = table.numbers(mapping, ColumnRole.RECENCY);
		if (recency == null) {
			recency = table.recency(mapping, reference);
			if (recency != null) {
				derived.add("recency");
			}
		}
		put(numeric, "recency", recency);
		if (orders != null && spend != null) {
			double[] basket = new double[n];
			for (int i = 0; i < n; i++) {
				basket[i] = (orders[i] > 0) ? spend[i] / orders[i] : Double.NaN;
			}
			numeric.put("basket", basket);
			derived.add("basket");
		}
		putText(categorical, "csp", table.texts(mapping, ColumnRole.CSP));
		putText(categorical, "gender", table.texts(mapping, ColumnRole.GENDER));
		putText(categorical, "owner", booleans(table.texts(mapping, ColumnRole.OWNER)));
		putText(categorical, "housing", table.texts(mapping, ColumnRole.HOUSING));
		putText(categorical, "zone", table.texts(mapping, ColumnRole.ZONE));
		putText(categorical, "family", family);
		putText(categorical, "channel", table.texts(mapping, ColumnRole.CHANNEL));
		List<PreparedCustomers.Imputation> imputations = new ArrayList<>();
		numeric.forEach((key, values) -> impute(key, values, imputations));
		categorical.forEach((key, values) -> impute(key, values, imputations));
		if (numeric.containsKey("age")) {
			String[] bands = new String[n];
			double[] ages = numeric.get("age");
			for (int i = 0; i < n; i++) {
				bands[i] = ageBand(ages[i]);
			}
			categorical.put("age_band", bands);
			derived.add("age_band");
		}
		if (numeric.isEmpty() && categorical.isEmpty()) {
			throw new InvalidInputException("mapping", "campaigns.error.no-feature", new Object[0],
					"no column is mapped to a feature (age, income, CSP, spend...): check the column mapping");
		}
		List<String> names = new ArrayList<>();
		List<double[]> columns = new ArrayList<>();
		int numericCount = 0;
		for (String key : NUMERIC) {
			if (numeric.containsKey(key)) {
				names.add(key);
				columns.add(numeric.get(key));
				numericCount++;
			}
		}
		for (String key : ONE_HOT) {
			String[] values = categorical.get(key);
			if (values == null) {
				continue;
			}
			for (String level : levels(values)) {
				double[] indicator = new double[n];
				for (int i = 0; i < n; i++) {
					indicator[i] = level.equals(values[i]) ? 1 : 0;
				}
				names.add(key + "=" + level);
				columns.add(indicator);
			}
		}
		if (columns.isEmpty()) {
			throw new InvalidInputException("mapping", "campaigns.error.no-feature", new Object[0],
					"no feature to cluster on");
		}
		int d = columns.size();
		double[] x = new double[n * d];
		for (int c = 0; c < d; c++) {
			double[] column = columns.get(c);
			for (int i = 0; i < n; i++) {
				x[i * d + c] = column[i];
			}
		}
		FeatureMatrix raw = new FeatureMatrix(x, n, d, names);
		StandardScaler full = StandardScaler.fit(raw);
		double[] means = full.means().clone();
		double[] scales = full.scales().clone();
		for (int c = numericCount; c < d; c++) {
			means[c] = 0;
			scales[c] = 1;
		}
		StandardScaler scaler = new StandardScaler(means, scales);
		return new PreparedCustomers(table.ids(), numeric, categorical, imputations, scaler.transform(raw), scaler,
				reference, table.unmatched(), derived);
	}

	static List<String> levels(String[] values) {
		return new ArrayList<>(new TreeMap<>(count(values)).keySet());
	}

	static Map<String, Integer> count(String[] values) {
		Map<String, Integer> counts = new HashMap<>();
		for (String value : values) {
			counts.merge(value, 1, Integer::sum);
		}
		return counts;
	}

	static String ageBand(double age) {
		if (age < 25) {
			return "18-24";
		}
		if (age < 35) {
			return "25-34";
		}
		if (age < 45) {
			return "35-44";
		}
		if (age < 55) {
			return "45-54";
		}
		if (age < 65) {
			return "55-64";
		}
		return "65+";
	}

	private static String @Nullable [] booleans(String @Nullable [] values) {
		if (values == null) {
			return null;
		}
		String[] result = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			Boolean b = TypeDetector.bool(values[i]);
			result[i] = (b == null) ? values[i] : (b ? "oui" : "non");
		}
		return result;
	}

	private static void put(Map<String, double[]> map, String key, double @Nullable [] values) {
		if (values != null) {
			map.put(key, values);
		}
	}

	private static void putText(Map<String, String[]> map, String key, String @Nullable [] values) {
		if (values != null) {
			map.put(key, values);
		}
	}

	private static void impute(String key, double[] values, List<PreparedCustomers.Imputation> imputations) {
		double[] present = Arrays.stream(values).filter((v) -> !Double.isNaN(v)).sorted().toArray();
		int missing = values.length - present.length;
		if (missing == 0) {
			return;
		}
		double median = (present.length == 0) ? 0 : (present.length % 2 == 1) ? present[present.length / 2]
				: (present[present.length / 2 - 1] + present[present.length / 2]) / 2;
		for (int i = 0; i < values.length; i++) {
			if (Double.isNaN(values[i])) {
				values[i] = median;
			}
		}
		imputations.add(new PreparedCustomers.Imputation(key, missing, String.format(Locale.ROOT, "%.2f", median)));
	}

	private static void impute(String key, String[] values, List<PreparedCustomers.Imputation> imputations) {
		Map<String, Integer> counts = new HashMap<>();
		int missing = 0;
		for (String value : values) {
			if (value == null) {
				missing++;
			}
			else {
				counts.merge(value, 1, Integer::sum);
			}
		}
		if (missing == 0) {
			return;
		}
		String mode = counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("inconnu");
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null) {
				values[i] = mode;
			}
		}
		imputations.add(new PreparedCustomers.Imputation(key, missing, mode));
	}

}
