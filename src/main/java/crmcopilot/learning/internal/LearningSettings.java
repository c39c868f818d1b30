package crmcopilot.learning.internal;

import crmcopilot.shared.CsvLimits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the learning engine ({@code copilot.learning.*}); each can also be set by
 * the environment variable of the same name ({@code COPILOT_LEARNING_MIN_NEW_RUNS} for
 * {@code min-new-runs}).
 *
 * @param cron When the learning worker runs: a Unix 5-field cron such as "0 2 * * *", or
 * Spring's 6-field cron.
 * @param rounds Federated rounds per aggregation job.
 * @param minNewRuns New local or personalised runs needed before the worker aggregates.
 * @param minContributors Merchants an aggregation needs when the request does not say.
 * @param maxClaimedExamples Cap on the example count one merchant may claim, so that no
 * merchant dominates the average.
 * @param agentRoundSize Agent updates that close a round of merchant-side agents.
 * @param agentSecureAggregation Whether rounds of merchant-side agents take updates only
 * under secure aggregation (the platform learns their sum, never one update); plain
 * updates are then refused and agents switch to the secure protocol.
 * @param dpDelta Delta of the differential-privacy accountant of noisy aggregations.
 * @param jdbcBatchSize Rows fetched per batch from a merchant's JDBC source.
 * @param jdbcMaxRows Most rows read from a merchant's JDBC source.
 * @param datasetMaxSize Largest training dataset (CSV) a merchant may upload.
 * @param datasetMaxRows Most rows of an uploaded training dataset.
 * @param datasetMaxCells Most values (rows × columns) of an uploaded training dataset:
 * training holds every row of the dataset in memory, so this bounds the heap one training
 * takes (measured with a 256 MB heap: 800,000 values peak at 163 MB, 1,000,000 values
 * fill it).
 * @param drift When a deployed model counts as drifting.
 */
@ConfigurationProperties("copilot.learning")
public record LearningSettings(@DefaultValue("0 2 * * *") String cron, @DefaultValue("20") int rounds,
		@DefaultValue("3") int minNewRuns, @DefaultValue("3") int minContributors,
		@DefaultValue("100000") long maxClaimedExamples, @DefaultValue("3") int agentRoundSize,
		@DefaultValue("false") boolean agentSecureAggregation, @DefaultValue("1e-5") double dpDelta,
		@DefaultValue("1000") int jdbcBatchSize, @DefaultValue("500000") int jdbcMaxRows,
		@DefaultValue("20MB") DataSize datasetMaxSize, @DefaultValue("500000") long datasetMaxRows,
		@DefaultValue("800000") long datasetMaxCells, @DefaultValue Drift drift) {

	/**
	 * When a deployed model counts as drifting: the worker compares, per ISO week, its
	 * predicted conversion with the observed one on the rows dated (column
	 * {@code session_date}) after its deployment, and its AUC on the recent weeks with
	 * its AUC when it was deployed. Crossing either threshold raises an alert (journalled
	 * once) and retrains the merchant; the new model serves only if it passes the deploy
	 * gate.
	 *
	 * @param maxGap Largest accepted gap between observed and predicted weekly conversion
	 * (0.05 = 5 points).
	 * @param maxAucDrop Largest accepted fall of the AUC on recent rows below the AUC at
	 * deployment.
	 * @param minRows Fewest rows a week (or the recent weeks, for the AUC) needs to be
	 * judged.
	 * @param recentWeeks Weeks up to today whose rows give the recent AUC.
	 */
	public record Drift(@DefaultValue("0.05") double maxGap, @DefaultValue("0.05") double maxAucDrop,
			@DefaultValue("50") int minRows, @DefaultValue("4") int recentWeeks) {

		public static final Drift DEFAULTS = new Drift(0.05, 0.05, 50, 4);

	}

	/** The bounds of reading a merchant's training dataset. */
	public CsvLimits datasetLimits() {
		return CsvLimits.DEFAULT.withMaxBytes(this.datasetMaxSize.toBytes()).withMaxRows(this.datasetMaxRows);
	}

}
