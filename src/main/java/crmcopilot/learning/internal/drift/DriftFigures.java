package crmcopilot.learning.internal.drift;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import crmcopilot.learning.model.FeatureSchema;
import crmcopilot.learning.model.LogisticRegression;
import crmcopilot.learning.model.ModelMetrics;
import crmcopilot.learning.model.SessionSchema;
import org.jspecify.annotations.Nullable;

/**
 * How a deployed model fares on the rows dated on or after its deployment: per ISO week
 * the mean predicted conversion against the observed one, and its AUC on the recent
 * weeks.
 *
 * @param weeks oldest first
 * @param recentRows rows of the recent weeks
 * @param recentAuc AUC on those rows; null when they hold too few rows or a single class
 */
public record DriftFigures(List<Week> weeks, int recentRows, @Nullable Double recentAuc) {

	/** Column of a session's date ({@code 2026-12-01}, a time may follow). */
	public static final String DATE_COLUMN = "session_date";

	/**
	 * One ISO week.
	 *
	 * @param monday first day of the week
	 * @param predicted mean predicted conversion, in [0, 1]
	 * @param observed share of rows that converted
	 */
	public record Week(LocalDate monday, String isoWeek, int rows, double predicted, double observed) {

		/** Observed minus predicted conversion. */
		public double gap() {
			return this.observed - this.predicted;
		}

	}

	/**
	 * @param params the deployed model's parameters
	 * @param from the day of the deployment: earlier rows are left out
	 * @param today rows dated later are left out
	 * @param recentWeeks how many weeks up to today count as recent for the AUC
	 * @param minRows fewest rows for an AUC
	 */
	static DriftFigures of(List<Map<String, String>> rows, String label, double[] params, LocalDate from,
			LocalDate today, int recentWeeks, int minRows) {
		FeatureSchema schema = SessionSchema.standard();
		int cols = schema.dimension();
		double[] x = new double[cols];
		LocalDate recentFrom = today.minusWeeks(recentWeeks);
		TreeMap<LocalDate, double[]> sums = new TreeMap<>();
		List<Double> recentScores = new ArrayList<>();
		List<Double> recentLabels = new ArrayList<>();
		for (Map<String, String> row : rows) {
			LocalDate day = date(row.get(DATE_COLUMN));
			if (day == null || day.isBefore(from) || day.isAfter(today)) {
				continue;
			}
			schema.encode(row, x, 0);
			double score = LogisticRegression.score(params, x, 0, cols);
			double converted = FeatureSchema.isPositive(row.get(label), "") ? 1 : 0;
			double[] week = sums.computeIfAbsent(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
					(monday) -> new double[3]);
			week[0]++;
			week[1] += score;
			week[2] += converted;
			if (day.isAfter(recentFrom)) {
				recentScores.add(score);
				recentLabels.add(converted);
			}
		}
		List<Week> weeks = new ArrayList<>();
		sums.forEach((monday, sum) -> weeks
			.add(new Week(monday, isoWeek(monday), (int) sum[0], sum[1] / sum[0], sum[2] / sum[0])));
		return new DriftFigures(weeks, recentScores.size(), auc(recentScores, recentLabels, minRows));
	}

	/** The latest week holding at least {@code minRows} rows, if any. */
	@Nullable Week latestFullWeek(int minRows) {
		for (int i = this.weeks.size() - 1; i >= 0; i--) {
			if (this.weeks.get(i).rows() >= minRows) {
				return this.weeks.get(i);
			}
		}
		return null;
	}

	private static @Nullable Double auc(List<Double> scores, List<Double> labels, int minRows) {
		double positives = labels.stream().mapToDouble(Double::doubleValue).sum();
		if (scores.size() < minRows || positives == 0 || positives == scores.size()) {
			return null;
		}
		return ModelMetrics
			.of(scores.stream().mapToDouble(Double::doubleValue).toArray(),
					labels.stream().mapToDouble(Double::doubleValue).toArray())
			.auc();
	}

	private static String isoWeek(LocalDate monday) {
		return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	private static @Nullable LocalDate date(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String trimmed = raw.trim();
		try {
			return LocalDate.parse((trimmed.length() > 10) ? trimmed.substring(0, 10) : trimmed);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
