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
 * @param dpDelta Delta of the differential-privacy accountant of noisy aggregations.
 * @param jdbcBatchSize Rows fetched per batch from a merchant's JDBC source.
 * @param jdbcMaxRows Most rows read from a merchant's JDBC source.
 * @param datasetMaxSize Largest training dataset (CSV) a merchant may upload.
 * @param datasetMaxRows Most rows of an uploaded training dataset.
 */
@ConfigurationProperties("copilot.learning")
public record LearningSettings(@DefaultValue("0 2 * * *") String cron, @DefaultValue("20") int rounds,
		@DefaultValue("3") int minNewRuns, @DefaultValue("3") int minContributors,
		@DefaultValue("100000") long maxClaimedExamples, @DefaultValue("3") int agentRoundSize,
		@DefaultValue("1e-5") double dpDelta, @DefaultValue("1000") int jdbcBatchSize,
		@DefaultValue("500000") int jdbcMaxRows, @DefaultValue("20MB") DataSize datasetMaxSize,
		@DefaultValue("500000") long datasetMaxRows) {

	/** The bounds of reading a merchant's training dataset. */
	public CsvLimits datasetLimits() {
		return CsvLimits.DEFAULT.withMaxBytes(this.datasetMaxSize.toBytes()).withMaxRows(this.datasetMaxRows);
	}

}
