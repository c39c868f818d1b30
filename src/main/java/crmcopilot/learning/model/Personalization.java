package crmcopilot.learning.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How far a merchant's model moves from the global one. The global model is fine-tuned on
 * the merchant's own examples (starting from the global parameters), then the result is
 * interpolated with the global parameters: {@code (1 − share) · global + share · tuned}
 * with share 0.25 (low), 0.5 (medium) or 0.75 (high). The interpolation keeps what the
 * federation learnt where the merchant's own data are thin.
 */
public enum Personalization {

	LOW(0.25), MEDIUM(0.5), HIGH(0.75);

	private final double share;

	Personalization(double share) {
		this.share = share;
	}

	public double share() {
		return this.share;
	}

	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Personalization of(String key) {
		for (Personalization level : values()) {
			if (level.key().equals(key)) {
				return level;
			}
		}
		throw new IllegalArgumentException("personalization level must be low, medium or high");
	}

	public double[] fineTune(double[] global, Dataset local, TrainOptions base) {
		return interpolate(global, LogisticRegression.train(local, global, base));
	}

	public double[] interpolate(double[] global, double[] tuned) {
		double[] result = new double[global.length];
		for (int j = 0; j < result.length; j++) {
			result[j] = (1 - this.share) * global[j] + this.share * tuned[j];
		}
		return result;
	}

}
