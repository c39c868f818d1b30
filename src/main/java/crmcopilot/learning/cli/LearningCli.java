package crmcopilot.learning.cli;

import crmcopilot.shared.CsvLimits;

/** What the learning commands share. */
final class LearningCli {

	/**
	 * Bounds of the CSV files the commands read from the local disk: larger than an
	 * upload's, still bounded.
	 */
	static final CsvLimits LOCAL_FILES = CsvLimits.DEFAULT.withMaxBytes(512L * 1024 * 1024).withMaxRows(5_000_000);

	private LearningCli() {
	}

}
