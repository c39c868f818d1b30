package crmcopilot.learning.internal;

/**
 * Names of the permissions of the learning engine (prefix {@code ai.}, as its API names
 * them).
 */
public final class LearningPermissions {

	/** See runs, configuration, benchmark and patterns. */
	public static final String VIEW = "ai.training.view";

	/** Train, deploy, change the configuration, manage agent tokens. */
	public static final String MANAGE = "ai.training.manage";

	/** Platform operators: run a federated aggregation. */
	public static final String AGGREGATE = "ai.training.aggregate";

	/** Platform operators: crawler jobs and open datasets. */
	public static final String CRAWLER_CREATE = "ai.crawler.create";

	private LearningPermissions() {
	}

}
