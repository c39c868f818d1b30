package crmcopilot.campaigns.internal.segmentation;

/**
 * Z-scores every column with its mean and its population standard deviation, as
 * scikit-learn's {@code StandardScaler}: a constant column keeps scale 1 (it becomes 0).
 *
 * @param means one mean per column
 * @param scales one population standard deviation per column (1 for a constant column)
 */
public record StandardScaler(double[] means, double[] scales) {

	/** Means and population standard deviations of the columns (two passes, stable). */
	public static StandardScaler fit(FeatureMatrix matrix) {
		int n = matrix.rows();
		int d = matrix.cols();
		double[] x = matrix.values();
		double[] means = new double[d];
		for (int r = 0; r < n; r++) {
			int base = r * d;
			for (int c = 0; c < d; c++) {
				means[c] += x[base + c];
			}
		}
		for (int c = 0; c < d; c++) {
			means[c] = (n > 0) ? means[c] / n : 0;
		}
		double[] squares = new double[d];
		for (int r = 0; r < n; r++) {
			int base = r * d;
			for (int c = 0; c < d; c++) {
				double diff = x[base + c] - means[c];
				squares[c] += diff * diff;
			}
		}
		double[] scales = new double[d];
		for (int c = 0; c < d; c++) {
			double std = (n > 0) ? Math.sqrt(squares[c] / n) : 0;
			scales[c] = (std < 10 * Math.ulp(1.0)) ? 1.0 : std;
		}
		return new StandardScaler(means, scales);
	}

	/** A standardised copy of the matrix. */
	public FeatureMatrix transform(FeatureMatrix matrix) {
		int d = matrix.cols();
		double[] x = matrix.values();
		double[] z = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			int c = i % d;
			z[i] = (x[i] - this.means[c]) / this.scales[c];
		}
		return new FeatureMatrix(z, matrix.rows(), d, matrix.names());
	}

	/** Back from z-scores to the original units, for one row-major block. */
	public double[] inverse(double[] standardised) {
		int d = this.means.length;
		double[] original = new double[standardised.length];
		for (int i = 0; i < standardised.length; i++) {
			int c = i % d;
			original[i] = standardised[i] * this.scales[c] + this.means[c];
		}
		return original;
	}

}
