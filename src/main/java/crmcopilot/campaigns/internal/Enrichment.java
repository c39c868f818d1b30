package crmcopilot.campaigns.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import crmcopilot.campaigns.FeatureMatrix;
import crmcopilot.campaigns.StandardScaler;
import crmcopilot.crm.CustomerData;
import crmcopilot.crm.TypeDetector;

/**
 * Step 3: joins the enrichment table on the customer id, derives age, age band, household
 * size, basket and recency (RFM when purchases exist), imputes missing values (median,
 * most frequent value) and builds the clustering space.
 */
public final class Enrichment {

	/** Numeric features clustered, in order, when available. */
	static final List<String> NUMERIC = List.of("age", "income", "household_size", "children", "orders", "spend",
			"recency");

	/** Categorical features one-hot encoded for the clustering, when available. */
	static final List<String> ONE_HOT = List.of("csp", "owner", "housing", "zone", "family", "channel");

	private Enrichment() {
	}

	public static PreparedCustomers prepare(CustomerData clients, @Nullable CustomerData enrichment,
			ColumnMapping mapping) {
		Table table = join(clients, enrichment, mapping);
		LocalDate reference = referenceDate(table, mapping);
		Map<String, double[]> numeric = new LinkedHashMap<>();
		Map<String, String[]> categorical = new LinkedHashMap<>();
		List<String> derived = new ArrayList<>();
		int n = table.rows.size();
		double[] age = numbers(table, mapping, ColumnRole.AGE);
		if (age == null) {
			age = ages(table, mapping, reference);
			if (age != null) {
				derived.add("age");
			}
		}
		put(numeric, "age", age);
		put(numeric, "income", numbers(table, mapping, ColumnRole.INCOME));
		double[] children = numbers(table, mapping, ColumnRole.CHILDREN);
		double[] household = numbers(table, mapping, ColumnRole.HOUSEHOLD_SIZE);
		String[] family = texts(table, mapping, ColumnRole.FAMILY);
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
		double[] orders = numbers(table, mapping, ColumnRole.ORDERS);
		double[] spend = numbers(table, mapping, ColumnRole.SPEND);
		put(numeric, "orders", orders);
		put(numeric, "spend", spend);
		double[] recency = numbers(table, mapping, ColumnRole.RECENCY);
		if (recency == null) {
			recency = recency(table, mapping, reference);
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
		putText(categorical, "csp", texts(table, mapping, ColumnRole.CSP));
		putText(categorical, "gender", texts(table, mapping, ColumnRole.GENDER));
		putText(categorical, "owner", booleans(texts(table, mapping, ColumnRole.OWNER)));
		putText(categorical, "housing", texts(table, mapping, ColumnRole.HOUSING));
		putText(categorical, "zone", texts(table, mapping, ColumnRole.ZONE));
		putText(categorical, "family", family);
		putText(categorical, "channel", texts(table, mapping, ColumnRole.CHANNEL));
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
			throw new IllegalArgumentException(
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
			throw new IllegalArgumentException("no feature to cluster on");
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
		return new PreparedCustomers(table.ids, numeric, categorical, imputations, scaler.transform(raw), scaler,
				reference, table.unmatched, derived);
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

	private record Table(List<String> columns, List<List<@Nullable String>> rows, List<String> ids, int unmatched) {

		int index(@Nullable String column) {
			if (column == null) {
				return -1;
			}
			for (int i = 0; i < this.columns.size(); i++) {
				if (this.columns.get(i).equalsIgnoreCase(column)) {
					return i;
				}
			}
			return -1;
		}

	}

	private static Table join(CustomerData clients, @Nullable CustomerData enrichment, ColumnMapping mapping) {
		int idColumn = mapping.column(ColumnRole.CUSTOMER_ID).map(clients::indexOf).orElse(-1);
		List<String> columns = new ArrayList<>(clients.columnNames());
		List<List<@Nullable String>> rows = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		int unmatched = 0;
		Map<String, List<@Nullable String>> extra = new HashMap<>();
		List<Integer> extraColumns = new ArrayList<>();
		if (enrichment != null) {
			if (idColumn < 0) {
				throw new IllegalArgumentException("map the customer id column to join the enrichment table");
			}
			String idName = clients.columnNames().get(idColumn);
			int enrichmentId = enrichment.indexOf(idName);
			if (enrichmentId < 0) {
				throw new IllegalArgumentException("the enrichment table has no column '" + idName + "' to join on");
			}
			for (int c = 0; c < enrichment.columns().size(); c++) {
				String name = enrichment.columnNames().get(c);
				if (c != enrichmentId && clients.indexOf(name) < 0) {
					extraColumns.add(c);
					columns.add(name);
				}
			}
			for (List<@Nullable String> row : enrichment.rows()) {
				String id = row.get(enrichmentId);
				if (id != null) {
					extra.putIfAbsent(id, row);
				}
			}
		}
		int i = 0;
		for (List<@Nullable String> row : clients.rows()) {
			i++;
			List<@Nullable String> joined = new ArrayList<>(row);
			String id = (idColumn >= 0 && row.get(idColumn) != null) ? row.get(idColumn) : "row-" + i;
			if (enrichment != null) {
				List<@Nullable String> match = extra.get(id);
				if (match == null) {
					unmatched++;
				}
				for (int c : extraColumns) {
					joined.add((match != null) ? match.get(c) : null);
				}
			}
			rows.add(joined);
			ids.add(id);
		}
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("the customer table has no rows");
		}
		return new Table(columns, rows, ids, unmatched);
	}

	private static LocalDate referenceDate(Table table, ColumnMapping mapping) {
		int column = table.index(mapping.column(ColumnRole.LAST_ORDER).orElse(null));
		LocalDate latest = null;
		if (column >= 0) {
			for (List<@Nullable String> row : table.rows) {
				LocalDate date = TypeDetector.date(row.get(column));
				if (date != null && (latest == null || date.isAfter(latest))) {
					latest = date;
				}
			}
		}
		return (latest != null) ? latest : LocalDate.now();
	}

	private static double @Nullable [] numbers(Table table, ColumnMapping mapping, ColumnRole role) {
		int column = table.index(mapping.column(role).orElse(null));
		if (column < 0) {
			return null;
		}
		double[] values = new double[table.rows.size()];
		for (int i = 0; i < values.length; i++) {
			Double value = TypeDetector.number(table.rows.get(i).get(column));
			if (value == null) {
				Boolean bool = TypeDetector.bool(table.rows.get(i).get(column));
				value = (bool != null) ? (bool ? 1.0 : 0.0) : null;
			}
			values[i] = (value != null) ? value : Double.NaN;
		}
		return values;
	}

	private static String @Nullable [] texts(Table table, ColumnMapping mapping, ColumnRole role) {
		int column = table.index(mapping.column(role).orElse(null));
		if (column < 0) {
			return null;
		}
		String[] values = new String[table.rows.size()];
		for (int i = 0; i < values.length; i++) {
			String value = table.rows.get(i).get(column);
			values[i] = (value == null || value.isBlank()) ? null : value.strip();
		}
		return values;
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

	private static double @Nullable [] ages(Table table, ColumnMapping mapping, LocalDate reference) {
		int birthDate = table.index(mapping.column(ColumnRole.BIRTH_DATE).orElse(null));
		int birthYear = table.index(mapping.column(ColumnRole.BIRTH_YEAR).orElse(null));
		if (birthDate < 0 && birthYear < 0) {
			return null;
		}
		double[] values = new double[table.rows.size()];
		for (int i = 0; i < values.length; i++) {
			List<@Nullable String> row = table.rows.get(i);
			if (birthDate >= 0) {
				LocalDate date = TypeDetector.date(row.get(birthDate));
				values[i] = (date != null) ? ChronoUnit.YEARS.between(date, reference) : Double.NaN;
			}
			else {
				Double year = TypeDetector.number(row.get(birthYear));
				values[i] = (year != null) ? reference.getYear() - year : Double.NaN;
			}
		}
		return values;
	}

	private static double @Nullable [] recency(Table table, ColumnMapping mapping, LocalDate reference) {
		int column = table.index(mapping.column(ColumnRole.LAST_ORDER).orElse(null));
		if (column < 0) {
			return null;
		}
		double[] values = new double[table.rows.size()];
		for (int i = 0; i < values.length; i++) {
			LocalDate date = TypeDetector.date(table.rows.get(i).get(column));
			values[i] = (date != null) ? ChronoUnit.DAYS.between(date, reference) : Double.NaN;
		}
		return values;
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
