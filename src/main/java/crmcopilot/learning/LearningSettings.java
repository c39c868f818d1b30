package crmcopilot.learning;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Learning settings (see config/learning.properties).
 *
 * @param workerCron when the worker runs (5-field Unix or 6-field cron)
 * @param rounds federated rounds per aggregation job
 * @param minNewRuns new local runs needed before the worker aggregates
 * @param minContributors default minimum of merchants for an aggregation
 * @param maxClaimedExamples cap on the example count one merchant may claim
 * @param agentRoundSize agent updates that close an agent round
 * @param jdbcBatchSize rows fetched per batch from a merchant's JDBC source
 * @param jdbcMaxRows most rows read from a merchant's JDBC source
 */
@ConfigurationProperties("copilot.learning")
record LearningSettings(String workerCron, int rounds, int minNewRuns, int minContributors, long maxClaimedExamples,
		int agentRoundSize, double dpDelta, int jdbcBatchSize, int jdbcMaxRows) {
}
