package crmcopilot.learning.model;

import java.util.Arrays;

/**
 * Encoded examples: a dense row-major feature matrix and 0/1 labels. Rows never leave the
 * merchant that holds them; only models trained on them do.
 */
public record Dataset(double[] x, double[] y, int rows, int cols) {

	public Dataset {
		if (x.length != (long) rows * cols || y.length != rows) {
			throw new IllegalArgumentException("dataset shape does not match its arrays");
		}
	}

	public Dataset subset(int[] indices) {
		double[] sx = new double[indices.length * this.cols];
		double[] sy = new double[indices.length];
		for (int i = 0; i < indices.length; i++) {
			System.arraycopy(this.x, indices[i] * this.cols, sx, i * this.cols, this.cols);
			sy[i] = this.y[indices[i]];
		}
		return new Dataset(sx, sy, indices.length, this.cols);
	}

	public static Dataset concat(java.util.List<Dataset> parts) {
		int cols = parts.get(0).cols();
		int rows = parts.stream().mapToInt(Dataset::rows).sum();
		double[] x = new double[rows * cols];
		double[] y = new double[rows];
		int at = 0;
		for (Dataset part : parts) {
			System.arraycopy(part.x, 0, x, at * cols, part.rows * cols);
			System.arraycopy(part.y, 0, y, at, part.rows);
			at += part.rows;
		}
		return new Dataset(x, y, rows, cols);
	}

	public long positives() {
		return Arrays.stream(this.y).filter((label) -> label > 0.5).count();
	}

	/**
	 * A stratified split: each class is shuffled with the seed and its first
	 * {@code testFraction} goes to the test part.
	 */
	public Split split(double testFraction, long seed) {
		java.util.Random random = new java.util.Random(seed);
		java.util.List<Integer> positives = new java.util.ArrayList<>();
		java.util.List<Integer> negatives = new java.util.ArrayList<>();
		for (int i = 0; i < this.rows; i++) {
			((this.y[i] > 0.5) ? positives : negatives).add(i);
		}
		java.util.Collections.shuffle(positives, random);
		java.util.Collections.shuffle(negatives, random);
		java.util.List<Integer> train = new java.util.ArrayList<>();
		java.util.List<Integer> test = new java.util.ArrayList<>();
		for (java.util.List<Integer> group : java.util.List.of(positives, negatives)) {
			int testCount = (int) Math.round(group.size() * testFraction);
			test.addAll(group.subList(0, testCount));
			train.addAll(group.subList(testCount, group.size()));
		}
		java.util.Collections.sort(train);
		java.util.Collections.sort(test);
		return new Split(subset(train.stream().mapToInt(Integer::intValue).toArray()),
				subset(test.stream().mapToInt(Integer::intValue).toArray()));
	}

	/** Training and held-out parts. */
	public record Split(Dataset train, Dataset test) {
	}

}
