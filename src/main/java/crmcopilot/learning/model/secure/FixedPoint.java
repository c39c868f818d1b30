package crmcopilot.learning.model.secure;

import crmcopilot.learning.model.ModelUpdate;

/**
 * Model updates as integers modulo 2⁶⁴, where masks cancel exactly: coordinate j holds
 * {@code examples · round(w_j · 2³²)} and one last coordinate the example count, so the
 * sum of encoded updates decodes to the example-weighted mean (FedAvg) within 2⁻³³.
 */
public final class FixedPoint {

	static final int FRACTION_BITS = 32;

	private static final double SCALE = 0x1p32;

	private FixedPoint() {
	}

	/** Length of an encoded update of {@code dimension} weights. */
	public static int encodedLength(int dimension) {
		return dimension + 1;
	}

	/**
	 * @param participants agents of the round: every coordinate is kept below 2⁶³ /
	 * participants, so the sum cannot wrap around
	 * @throws IllegalArgumentException when a weight times the example count is too large
	 */
	public static long[] encode(ModelUpdate update, int participants) {
		double[] w = update.weights();
		long bound = Long.MAX_VALUE / Math.max(1, participants);
		long examples = update.examples();
		if (examples > bound) {
			throw new IllegalArgumentException("example count too large for secure aggregation");
		}
		long[] encoded = new long[w.length + 1];
		for (int j = 0; j < w.length; j++) {
			double scaled = Math.rint(w[j] * SCALE);
			if (!(Math.abs(scaled) * examples < bound)) {
				throw new IllegalArgumentException("weight " + w[j] + " times " + examples
						+ " examples is too large for secure aggregation of " + participants + " agents");
			}
			encoded[j] = examples * (long) scaled;
		}
		encoded[w.length] = examples;
		return encoded;
	}

	/** The example-weighted mean and the total examples of a sum of encoded updates. */
	public static ModelUpdate decodeMean(long[] sum) {
		long total = sum[sum.length - 1];
		if (total <= 0) {
			throw new IllegalStateException("no examples to average");
		}
		double[] mean = new double[sum.length - 1];
		double divisor = total * SCALE;
		for (int j = 0; j < mean.length; j++) {
			mean[j] = sum[j] / divisor;
		}
		return new ModelUpdate(mean, total);
	}

}
