package crmcopilot.campaigns.internal.segmentation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

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

	private static final int CHUNK_ROWS = 8192;

	private static final int MAX_CHUNKS = 64;

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
			Lloyd lloyd = new Lloyd(data, options.k(), pool, threads);
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
				Single single = lloyd.run(start, options.maxIter(), tolerance, options.tol() == 0);
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
		Lloyd lloyd = new Lloyd(data, k, null, 1);
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

	private record Single(double[] centroids, int[] labels, double inertia, int iterations, long nanos, long cpuNanos) {
	}

	/** Partial results of one pass, merged chunk by chunk in a fixed order. */
	private static final class Pass {

		final double[] sums;

		final int[] counts;

		double inertia;

		Pass(int k, int d) {
			this.sums = new double[k * d];
			this.counts = new int[k];
		}

		void clear() {
			Arrays.fill(this.sums, 0);
			Arrays.fill(this.counts, 0);
			this.inertia = 0;
		}

	}

	/**
	 * Lloyd iterations over the chunks of the data. A pass runs one worker on the calling
	 * thread and the others on the pool; each worker takes the next chunk until none is
	 * left, with its own scratch buffers, so a pass allocates nothing per row or chunk.
	 */
	private static final class Lloyd {

		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

		private final FeatureMatrix data;

		private final int k;

		private final int d;

		private final int[] bounds;

		private final @Nullable ExecutorService pool;

		private final int workers;

		private final LloydKernel.Scratch[] scratch;

		private final Pass[] parts;

		private final boolean cpuTime;

		private final AtomicLong workerCpuNanos = new AtomicLong();

		Lloyd(FeatureMatrix data, int k, @Nullable ExecutorService pool, int workers) {
			this.data = data;
			this.k = k;
			this.d = data.cols();
			this.pool = pool;
			int n = data.rows();
			int chunks = Math.max(1, Math.min(MAX_CHUNKS, n / CHUNK_ROWS));
			this.bounds = new int[chunks + 1];
			for (int i = 0; i <= chunks; i++) {
				this.bounds[i] = (int) ((long) n * i / chunks);
			}
			this.workers = (pool != null) ? Math.max(1, Math.min(workers, chunks)) : 1;
			this.scratch = new LloydKernel.Scratch[this.workers];
			for (int i = 0; i < this.workers; i++) {
				this.scratch[i] = new LloydKernel.Scratch(this.d);
			}
			this.parts = new Pass[chunks];
			for (int i = 0; i < chunks; i++) {
				this.parts[i] = new Pass(k, this.d);
			}
			this.cpuTime = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
		}

		Single run(double[] centroids, int maxIter, double tolerance, boolean exactIterations) {
			int n = this.data.rows();
			int[] labels = new int[n];
			int[] previous = new int[n];
			double[] current = centroids;
			int iterations = 0;
			this.workerCpuNanos.set(0);
			long cpuStart = cpuNow();
			long start = System.nanoTime();
			for (int i = 0; i < maxIter; i++) {
				Pass pass = pass(current, labels, false);
				double[] next = new double[this.k * this.d];
				relocateEmpty(pass, current, labels);
				for (int j = 0; j < this.k; j++) {
					int count = pass.counts[j];
					for (int c = 0; c < this.d; c++) {
						next[j * this.d + c] = (count > 0) ? pass.sums[j * this.d + c] / count
								: current[j * this.d + c];
					}
				}
				iterations = i + 1;
				double shift = 0;
				for (int m = 0; m < next.length; m++) {
					double diff = next[m] - current[m];
					shift += diff * diff;
				}
				current = next;
				if (!exactIterations) {
					if (i > 0 && Arrays.equals(labels, previous)) {
						break;
					}
					if (shift <= tolerance) {
						break;
					}
				}
				int[] swap = previous;
				previous = labels;
				labels = swap;
			}
			long nanos = System.nanoTime() - start;
			long cpuNanos = cpuNow() - cpuStart + this.workerCpuNanos.get();
			// the final labels reuse the buffer of the labels before the last pass
			int[] finalLabels = previous;
			double inertia = pass(current, finalLabels, true).inertia;
			return new Single(current, finalLabels, inertia, iterations, nanos, cpuNanos);
		}

		private long cpuNow() {
			return this.cpuTime ? THREADS.getCurrentThreadCpuTime() : 0;
		}

		/**
		 * One pass: labels, and the per-cluster sums and counts (and the inertia when
		 * asked) merged in chunk order. The returned object is reused by the next pass.
		 */
		Pass pass(double[] centroids, int[] labels, boolean withInertia) {
			LloydKernel.Centroids prepared = LloydKernel.Centroids.of(centroids, this.k, this.d);
			int chunks = this.parts.length;
			AtomicInteger next = new AtomicInteger();
			if (this.workers == 1) {
				work(0, next, prepared, labels, withInertia, false);
			}
			else {
				List<Future<?>> futures = new ArrayList<>(this.workers - 1);
				for (int w = 1; w < this.workers; w++) {
					int worker = w;
					futures.add(this.pool.submit(() -> work(worker, next, prepared, labels, withInertia, true)));
				}
				work(0, next, prepared, labels, withInertia, false);
				for (Future<?> future : futures) {
					await(future);
				}
			}
			Pass total = new Pass(this.k, this.d);
			for (int i = 0; i < chunks; i++) {
				Pass part = this.parts[i];
				total.inertia += part.inertia;
				for (int m = 0; m < total.sums.length; m++) {
					total.sums[m] += part.sums[m];
				}
				for (int j = 0; j < this.k; j++) {
					total.counts[j] += part.counts[j];
				}
			}
			return total;
		}

		private void work(int worker, AtomicInteger next, LloydKernel.Centroids prepared, int[] labels,
				boolean withInertia, boolean pooled) {
			long cpuStart = pooled ? cpuNow() : 0;
			LloydKernel.Scratch own = this.scratch[worker];
			double[] x = this.data.values();
			int chunk;
			while ((chunk = next.getAndIncrement()) < this.parts.length) {
				Pass part = this.parts[chunk];
				part.clear();
				part.inertia = LloydKernel.assign(x, this.d, this.bounds[chunk], this.bounds[chunk + 1], prepared,
						labels, part.sums, part.counts, own, withInertia);
			}
			if (pooled) {
				this.workerCpuNanos.addAndGet(cpuNow() - cpuStart);
			}
		}

		/**
		 * Gives every empty cluster the row farthest from its centroid (as scikit-learn
		 * does), moving that row out of its former cluster.
		 */
		private void relocateEmpty(Pass pass, double[] centroids, int[] labels) {
			int empty = 0;
			for (int count : pass.counts) {
				if (count == 0) {
					empty++;
				}
			}
			if (empty == 0) {
				return;
			}
			double[] x = this.data.values();
			PriorityQueue<double[]> farthest = new PriorityQueue<>(
					(a, b) -> (a[0] != b[0]) ? Double.compare(a[0], b[0]) : Double.compare(b[1], a[1]));
			for (int r = 0; r < this.data.rows(); r++) {
				double distance = LloydKernel.squaredDistance(x, r * this.d, centroids, labels[r] * this.d, this.d);
				farthest.add(new double[] { distance, r });
				if (farthest.size() > empty) {
					farthest.poll();
				}
			}
			List<double[]> picks = new ArrayList<>(farthest);
			picks.sort((a, b) -> (a[0] != b[0]) ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
			int next = 0;
			for (int j = 0; j < this.k && next < picks.size(); j++) {
				if (pass.counts[j] != 0) {
					continue;
				}
				int row = (int) picks.get(next++)[1];
				int former = labels[row];
				if (pass.counts[former] <= 1) {
					continue;
				}
				pass.counts[former]--;
				pass.counts[j] = 1;
				for (int c = 0; c < this.d; c++) {
					double v = x[row * this.d + c];
					pass.sums[former * this.d + c] -= v;
					pass.sums[j * this.d + c] = v;
				}
				labels[row] = j;
			}
		}

		private static void await(Future<?> future) {
			try {
				future.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("k-means interrupted", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("k-means failed", ex.getCause());
			}
		}

	}

}
