package crmcopilot.campaigns.internal.segmentation;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;

/**
 * K-means clustering (Lloyd's algorithm) on a {@link FeatureMatrix}, with the semantics
 * of scikit-learn's {@code KMeans(algorithm="lloyd")}: greedy k-means++ starts, several
 * restarts keeping the lowest inertia, a tolerance relative to the mean column variance,
 * empty clusters moved to the points farthest from their centroid, and the final labels
 * and inertia computed against the final centroids. Rows are split into a fixed number of
 * chunks whose partial sums are merged in order, so the result depends on the seed only,
 * not on the number of threads.
 */
public final class KMeans {

	/** Rows per chunk of a pass (below four chunks, one thread does it all). */
	static final int CHUNK_ROWS = 8192;

	static final int MAX_CHUNKS = 64;

	private KMeans() {
	}

	/**
	 * How to cluster.
	 *
	 * @param k number of clusters
	 * @param nInit number of k-means++ restarts (ignored when {@code initialCentroids} is
	 * given)
	 * @param seed seed of the random starts
	 * @param maxIter maximum Lloyd iterations per restart
	 * @param tol stop when the total squared centroid shift is at most
	 * {@code tol * mean column variance}; 0 runs exactly {@code maxIter} iterations
	 * @param initialCentroids {@code k * cols} row-major centroids used as the only
	 * start, or null
	 * @param threads worker threads
	 */
	public record Options(int k, int nInit, long seed, int maxIter, double tol, double @Nullable [] initialCentroids,
			int threads) {

		public Options {
			if (k < 1) {
				throw new IllegalArgumentException("k must be at least 1, was " + k);
			}
			if (nInit < 1) {
				throw new IllegalArgumentException("n-init must be at least 1, was " + nInit);
			}
			if (maxIter < 1) {
				throw new IllegalArgumentException("max-iter must be at least 1, was " + maxIter);
			}
			if (tol < 0 || Double.isNaN(tol)) {
				throw new IllegalArgumentException("tol must be 0 or more, was " + tol);
			}
			threads = Math.max(1, threads);
		}

		public static Options of(int k) {
			return new Options(k, 10, 0, 300, 1e-4, null, Runtime.getRuntime().availableProcessors());
		}

		public Options withSeed(long newSeed) {
			return new Options(this.k, this.nInit, newSeed, this.maxIter, this.tol, this.initialCentroids,
					this.threads);
		}

		public Options withNInit(int newNInit) {
			return new Options(this.k, newNInit, this.seed, this.maxIter, this.tol, this.initialCentroids,
					this.threads);
		}

	}

	/**
	 * A clustering.
	 *
	 * @param centroids {@code k * dims} row-major, in the space the clustering ran in
	 * @param labels cluster of each row
	 * @param sizes rows per cluster
	 * @param inertia sum of squared distances of the rows to their centroid
	 * @param iterations Lloyd iterations of the kept restart
	 * @param seed the seed of the starts
	 * @param restarts restarts run
	 * @param msPerIteration mean wall time of one Lloyd iteration over all restarts
	 * @param cpuMsPerIteration mean CPU time of one Lloyd iteration over all restarts,
	 * summed over the threads that ran it (0 when the JVM does not measure thread CPU
	 * time)
	 */
	public record Result(double[] centroids, int[] labels, int[] sizes, int k, int dims, double inertia, int iterations,
			long seed, int restarts, double msPerIteration, double cpuMsPerIteration) {

		public double centroid(int cluster, int dim) {
			return this.centroids[cluster * this.dims + dim];
		}

	}

	public static Result fit(FeatureMatrix data, Options options) {
		int n = data.rows();
		if (n < options.k()) {
			throw new IllegalArgumentException(
					"k = %d needs at least %d rows, the data has %d".formatted(options.k(), options.k(), n));
		}
		if (options.initialCentroids() != null && options.initialCentroids().length != options.k() * data.cols()) {
			throw new IllegalArgumentException("initial centroids must be %d x %d values, got %d".formatted(options.k(),
					data.cols(), options.initialCentroids().length));
		}
		int threads = (n < 4 * CHUNK_ROWS) ? 1 : options.threads();
		// the calling thread is one of the workers
		ExecutorService pool = (threads > 1) ? Executors.newFixedThreadPool(threads - 1, (task) -> {
			Thread thread = new Thread(task, "kmeans");
			thread.setDaemon(true);
			return thread;
		}) : null;
		try {
			LloydIterations lloyd = new LloydIterations(data, options.k(), pool, threads);
			double tolerance = options.tol() * meanVariance(data);
			SplittableRandom random = new SplittableRandom(options.seed());
			int restarts = (options.initialCentroids() != null) ? 1 : options.nInit();
			Result best = null;
			long totalNanos = 0;
			long totalCpuNanos = 0;
			long totalIterations = 0;
			for (int run = 0; run < restarts; run++) {
				double[] start = (options.initialCentroids() != null) ? options.initialCentroids().clone()
						: KMeansPlusPlus.centroids(data, options.k(), random);
				LloydIterations.Single single = lloyd.run(start, options.maxIter(), tolerance, options.tol() == 0);
				totalNanos += single.nanos();
				totalCpuNanos += single.cpuNanos();
				totalIterations += single.iterations();
				if (best == null || single.inertia() < best.inertia()) {
					best = new Result(single.centroids(), single.labels(), sizes(single.labels(), options.k()),
							options.k(), data.cols(), single.inertia(), single.iterations(), options.seed(), restarts,
							0, 0);
				}
			}
			double ms = (totalIterations > 0) ? totalNanos / 1e6 / totalIterations : 0;
			double cpuMs = (totalIterations > 0) ? totalCpuNanos / 1e6 / totalIterations : 0;
			return new Result(best.centroids(), best.labels(), best.sizes(), best.k(), best.dims(), best.inertia(),
					best.iterations(), best.seed(), restarts, ms, cpuMs);
		}
		finally {
			if (pool != null) {
				pool.shutdownNow();
			}
		}
	}

	/** Sum of squared distances of every row to its nearest centroid. */
	public static double inertia(FeatureMatrix data, double[] centroids, int k) {
		LloydIterations lloyd = new LloydIterations(data, k, null, 1);
		return lloyd.pass(centroids, new int[data.rows()], true).inertia;
	}

	static int[] sizes(int[] labels, int k) {
		int[] sizes = new int[k];
		for (int label : labels) {
			sizes[label]++;
		}
		return sizes;
	}

	static double meanVariance(FeatureMatrix data) {
		StandardScaler scaler = StandardScaler.fit(data);
		double total = 0;
		int d = data.cols();
		double[] x = data.values();
		for (int c = 0; c < d; c++) {
			double s = 0;
			for (int r = 0; r < data.rows(); r++) {
				double diff = x[r * d + c] - scaler.means()[c];
				s += diff * diff;
			}
			total += s / Math.max(1, data.rows());
		}
		return total / d;
	}

}
