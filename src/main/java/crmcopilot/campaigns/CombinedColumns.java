package crmcopilot.campaigns;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import crmcopilot.shared.InvalidInputException;

/**
 * A numeric field computed from several columns, written in a mapping as
 * {@code sum(MntWines, MntFruits)}, {@code mean(A, B)} or {@code ratio(A, B)} (A divided
 * by B).
 */
public record CombinedColumns(Operation operation, List<String> columns) {

	private static final Pattern SPEC = Pattern.compile("(?i)\\s*(sum|mean|ratio)\\s*\\((.*)\\)\\s*");

	/** How the columns are combined. */
	public enum Operation {

		SUM, MEAN, RATIO

	}

	public CombinedColumns {
		columns = List.copyOf(columns);
	}

	/**
	 * The combination a mapping value writes, empty for a plain column name.
	 * @throws InvalidInputException naming {@code mapping} when it is malformed
	 */
	public static Optional<CombinedColumns> parse(String spec) {
		Matcher matcher = SPEC.matcher(spec);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Operation operation = Operation.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
		List<String> columns = Arrays.stream(matcher.group(2).split(","))
			.map(String::strip)
			.filter((c) -> !c.isEmpty())
			.toList();
		if (columns.isEmpty() || (operation == Operation.RATIO && columns.size() != 2)) {
			throw new InvalidInputException("mapping", "campaigns.error.combined-columns", new Object[] { spec },
					"write sum(A, B, ...), mean(A, B, ...) or ratio(A, B)");
		}
		return Optional.of(new CombinedColumns(operation, columns));
	}

	/** The value a mapping stores. */
	public String spec() {
		return this.operation.name().toLowerCase(Locale.ROOT) + "(" + String.join(", ", this.columns) + ")";
	}

	/** The combined value of one row's values (NaN where missing), NaN when undefined. */
	public double combine(double[] values) {
		if (this.operation == Operation.RATIO) {
			return (values[1] != 0 && !Double.isNaN(values[0]) && !Double.isNaN(values[1])) ? values[0] / values[1]
					: Double.NaN;
		}
		double sum = 0;
		int present = 0;
		for (double value : values) {
			if (!Double.isNaN(value)) {
				sum += value;
				present++;
			}
		}
		if (present == 0) {
			return Double.NaN;
		}
		return (this.operation == Operation.SUM) ? sum : sum / present;
	}

}
