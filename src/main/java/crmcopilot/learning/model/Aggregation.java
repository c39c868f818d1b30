package crmcopilot.learning.model;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Ways to merge merchants' parameters into one global model.
 * <ul>
 * <li>{@link #fedAvg}: mean weighted by example count (McMahan et al. 2017);</li>
 * <li>{@link #coordinateMedian} and {@link #trimmedMean}: unweighted, robust to a
 * minority of outlying or malicious updates (Yin et al. 2018);</li>
 * <li>{@link #clip} and {@link #gaussianNoise}: for differentially private averaging of
 * updates (DP-FedAvg, McMahan et al. 2018).</li>
 * </ul>
 */
public final class Aggregation {

	private Aggregation() {
	}

	/** Weighted mean; the accumulator form lets huge rounds stream through memory. */
	public static double[] fedAvg(List<ModelUpdate> updates) {
		FedAvgAccumulator accumulator = new FedAvgAccumulator(dimension(updates));
		updates.forEach(accumulator::add);
		return accumulator.result();
	}

	/** Running example-weighted sum. */
	public static final class FedAvgAccumulator {

		/** Coordinates per cache block (16 KiB of sums). */
		private static final int BLOCK = 2048;

		private final double[] sum;

		private long total;

		public FedAvgAccumulator(int dimension) {
			this.sum = new double[dimension];
		}

		public void add(ModelUpdate update) {
			double[] w = checked(update);
			addBlock(this.sum, w, update.examples(), 0, w.length);
			this.total += update.examples();
		}

		/**
		 * Adds a batch of updates with {@code threads} threads, each owning a range of
		 * coordinates; within its range a thread walks cache-sized blocks and adds every
		 * update to the block before moving on, so the running sums stay in cache.
		 */
		public void addAll(List<ModelUpdate> updates, int threads) {
			for (ModelUpdate update : updates) {
				checked(update);
			}
			int d = this.sum.length;
			int parts = Math.max(1, Math.min(threads, d / BLOCK));
			if (parts == 1) {
				addRange(updates, 0, d);
			}
			else {
				Thread[] workers = new Thread[parts - 1];
				for (int p = 1; p < parts; p++) {
					int from = (int) ((long) d * p / parts);
					int to = (int) ((long) d * (p + 1) / parts);
					workers[p - 1] = Thread.ofPlatform().start(() -> addRange(updates, from, to));
				}
				addRange(updates, 0, (int) ((long) d / parts));
				for (Thread worker : workers) {
					try {
						worker.join();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new IllegalStateException("interrupted while aggregating", ex);
					}
				}
			}
			for (ModelUpdate update : updates) {
				this.total += update.examples();
			}
		}

		private void addRange(List<ModelUpdate> updates, int from, int to) {
			for (int block = from; block < to; block += BLOCK) {
				int end = Math.min(to, block + BLOCK);
				for (ModelUpdate update : updates) {
					addBlock(this.sum, update.weights(), update.examples(), block, end);
				}
			}
		}

		private static void addBlock(double[] sum, double[] w, double n, int from, int to) {
			for (int j = from; j < to; j++) {
				sum[j] += n * w[j];
			}
		}

		private double[] checked(ModelUpdate update) {
			double[] w = update.weights();
			if (w.length != this.sum.length) {
				throw new IllegalArgumentException(
						"update has dimension " + w.length + ", expected " + this.sum.length);
			}
			return w;
		}

		public long totalExamples() {
			return this.total;
		}

		public double[] result() {
			if (this.total == 0) {
				throw new IllegalStateException("no examples to average");
			}
			double[] mean = new double[this.sum.length];
			for (int j = 0; j < mean.length; j++) {
				mean[j] = this.sum[j] / this.total;
			}
			return mean;
		}

	}

	public static double[] coordinateMedian(List<ModelUpdate> updates) {
		int d = dimension(updates);
		double[] result = new double[d];
		double[] column = new double[updates.size()];
		for (int j = 0; j < d; j++) {
			for (int i = 0; i < column.length; i++) {
				column[i] = updates.get(i).weights()[j];
			}
			Arrays.sort(column);
			int m = column.length;
			result[j] = (m % 2 == 1) ? column[m / 2] : (column[m / 2 - 1] + column[m / 2]) / 2;
		}
		return result;
	}

	/**
	 * Per coordinate, drops the {@code trimFraction} smallest and largest values and
	 * averages the rest.
	 */
	public static double[] trimmedMean(List<ModelUpdate> updates, double trimFraction) {
		if (trimFraction < 0 || trimFraction >= 0.5) {
			throw new IllegalArgumentException("trimFraction must be in [0, 0.5)");
		}
		int d = dimension(updates);
		int m = updates.size();
		int cut = (int) Math.floor(m * trimFraction);
		double[] result = new double[d];
		double[] column = new double[m];
		for (int j = 0; j < d; j++) {
			for (int i = 0; i < m; i++) {
				column[i] = updates.get(i).weights()[j];
			}
			Arrays.sort(column);
			double sum = 0;
			for (int i = cut; i < m - cut; i++) {
				sum += column[i];
			}
			result[j] = sum / (m - 2 * cut);
		}
		return result;
	}

	/** Scales {@code delta} down so its L2 norm is at most {@code maxNorm}. */
	public static double[] clip(double[] delta, double maxNorm) {
		double norm = norm(delta);
		if (norm <= maxNorm || norm == 0) {
			return delta.clone();
		}
		double factor = maxNorm / norm;
		double[] clipped = new double[delta.length];
		for (int j = 0; j < delta.length; j++) {
			clipped[j] = delta[j] * factor;
		}
		return clipped;
	}

	/** Adds N(0, stdDev²) independently to every coordinate. */
	public static double[] gaussianNoise(double[] values, double stdDev, Random random) {
		double[] noisy = values.clone();
		for (int j = 0; j < noisy.length; j++) {
			noisy[j] += stdDev * random.nextGaussian();
		}
		return noisy;
	}

	public static double norm(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value * value;
		}
		return Math.sqrt(sum);
	}

	private static int dimension(List<ModelUpdate> updates) {
		if (updates.isEmpty()) {
			throw new IllegalArgumentException("no updates to aggregate");
		}
		int d = updates.get(0).weights().length;
		for (ModelUpdate update : updates) {
			if (update.weights().length != d) {
				throw new IllegalArgumentException("updates have different dimensions");
			}
		}
		return d;
	}

}
