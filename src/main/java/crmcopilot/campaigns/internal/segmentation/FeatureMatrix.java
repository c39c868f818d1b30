package crmcopilot.campaigns.internal.segmentation;

import java.util.List;

/**
 * Numeric features in one contiguous row-major array: value {@code (r, c)} is at
 * {@code values[r * cols + c]}.
 *
 * @param names one name per column
 */
public record FeatureMatrix(double[] values, int rows, int cols, List<String> names) {

	public FeatureMatrix {
		if (rows < 0 || cols <= 0 || (long) rows * cols != values.length) {
			throw new IllegalArgumentException(
					"matrix of %d x %d does not hold %d values".formatted(rows, cols, values.length));
		}
		if (names.size() != cols) {
			throw new IllegalArgumentException("%d names for %d columns".formatted(names.size(), cols));
		}
		names = List.copyOf(names);
	}

	public double get(int row, int col) {
		return this.values[row * this.cols + col];
	}

	/** A copy holding only the given rows, in that order. */
	public FeatureMatrix rows(int[] indices) {
		double[] copy = new double[indices.length * this.cols];
		for (int i = 0; i < indices.length; i++) {
			System.arraycopy(this.values, indices[i] * this.cols, copy, i * this.cols, this.cols);
		}
		return new FeatureMatrix(copy, indices.length, this.cols, this.names);
	}

}
