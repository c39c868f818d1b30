package crmcopilot.learning.internal;

import crmcopilot.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Limits of the learning module's inputs, declared once and matching their columns: names
 * and texts no longer than the column holds, numbers finite (JSON accepts {@code "NaN"},
 * {@code "Infinity"} and {@code 1e400}, which overflows to infinity).
 */
public final class Inputs {

	/**
	 * {@code marketing_ai_datasets.name}, {@code marketing_ai_external_data.source_name}.
	 */
	public static final int NAME = 200;

	/** {@code marketing_ai_agent_tokens.name}. */
	public static final int AGENT_NAME = 120;

	/** Label columns of datasets and JDBC sources. */
	public static final int COLUMN = 100;

	/** {@code marketing_ai_jdbc_sources.jdbc_url}. */
	public static final int JDBC_URL = 1000;

	/** A crawl target, or a reason given for a deploy or a rollback. */
	public static final int TEXT = 2000;

	private Inputs() {
	}

	/**
	 * The value, refused when it is NaN or infinite.
	 * @throws InvalidInputException naming the field
	 */
	public static @Nullable Double finite(String field, @Nullable Double value) {
		if (value != null && !Double.isFinite(value)) {
			throw new InvalidInputException(field, "learning.error.not-finite", new Object[] { field },
					field + " must be a finite number");
		}
		return value;
	}

	/**
	 * The values, refused when one is NaN or infinite.
	 * @throws InvalidInputException naming the field
	 */
	public static double[] finite(String field, double[] values) {
		for (double value : values) {
			finite(field, value);
		}
		return values;
	}

	/**
	 * The value, refused when it is longer than {@code max} characters.
	 * @throws InvalidInputException naming the field
	 */
	public static @Nullable String bounded(String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			throw new InvalidInputException(field, "learning.error.too-long", new Object[] { field, max },
					field + " must be at most " + max + " characters");
		}
		return value;
	}

}
