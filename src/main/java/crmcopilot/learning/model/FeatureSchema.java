package crmcopilot.learning.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The shared feature schema every merchant encodes its rows with, so that parameters line
 * up across merchants. Numeric features are (optionally log1p-transformed,) centred and
 * scaled with fixed constants; categorical features are one-hot over a declared
 * vocabulary (unknown values encode as all zeros). Missing values encode as the centre.
 */
public record FeatureSchema(List<Feature> features) {

	public FeatureSchema {
		features = List.copyOf(features);
	}

	/** How one column is encoded. */
	public enum Kind {

		NUMERIC, LOG_NUMERIC, CATEGORICAL

	}

	/**
	 * One declared feature.
	 *
	 * @param center subtracted after the transform (numeric kinds)
	 * @param scale divisor after centring (numeric kinds); 1 when unknown
	 * @param categories the vocabulary (categorical kind)
	 */
	public record Feature(String name, Kind kind, double center, double scale, List<String> categories) {

		public Feature {
			categories = List.copyOf(categories);
			if (!(scale > 0)) {
				scale = 1;
			}
		}

		public static Feature numeric(String name, double center, double scale) {
			return new Feature(name, Kind.NUMERIC, center, scale, List.of());
		}

		public static Feature logNumeric(String name, double center, double scale) {
			return new Feature(name, Kind.LOG_NUMERIC, center, scale, List.of());
		}

		public static Feature categorical(String name, List<String> categories) {
			return new Feature(name, Kind.CATEGORICAL, 0, 1, categories);
		}

		int width() {
			return (this.kind == Kind.CATEGORICAL) ? this.categories.size() : 1;
		}

	}

	/** Number of encoded columns (the bias is extra). */
	public int dimension() {
		return this.features.stream().mapToInt(Feature::width).sum();
	}

	public List<String> columnNames() {
		List<String> names = new ArrayList<>();
		for (Feature feature : this.features) {
			if (feature.kind() == Kind.CATEGORICAL) {
				feature.categories().forEach((category) -> names.add(feature.name() + "=" + category));
			}
			else {
				names.add(feature.name());
			}
		}
		return names;
	}

	public void encode(Map<String, String> row, double[] target, int offset) {
		int at = offset;
		for (Feature feature : this.features) {
			String raw = row.get(feature.name());
			if (feature.kind() == Kind.CATEGORICAL) {
				String value = (raw != null) ? raw.trim() : "";
				for (String category : feature.categories()) {
					target[at++] = category.equals(value) ? 1 : 0;
				}
			}
			else {
				Double number = parse(raw);
				if (number == null) {
					target[at++] = 0;
				}
				else {
					double v = (feature.kind() == Kind.LOG_NUMERIC) ? Math.log1p(Math.max(0, number)) : number;
					target[at++] = (v - feature.center()) / feature.scale();
				}
			}
		}
	}

	/** Encodes rows and their 0/1 labels into a dataset. */
	public Dataset encode(List<Map<String, String>> rows, String labelColumn, String positiveValue) {
		int d = dimension();
		double[] x = new double[rows.size() * d];
		double[] y = new double[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			encode(row, x, i * d);
			y[i] = isPositive(row.get(labelColumn), positiveValue) ? 1 : 0;
		}
		return new Dataset(x, y, rows.size(), d);
	}

	public static boolean isPositive(@Nullable String value, String positiveValue) {
		if (value == null) {
			return false;
		}
		String v = value.trim().toLowerCase(Locale.ROOT);
		if (!positiveValue.isEmpty()) {
			return v.equals(positiveValue.trim().toLowerCase(Locale.ROOT));
		}
		return v.equals("1") || v.equals("true") || v.equals("yes") || v.equals("oui") || v.equals("1.0");
	}

	static @Nullable Double parse(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(raw.trim());
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
