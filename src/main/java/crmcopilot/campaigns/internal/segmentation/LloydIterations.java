package crmcopilot.campaigns.internal.segmentation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * Lloyd iterations of {@link KMeans} over the chunks of the data. A pass runs one worker
 * on the calling thread and the others on the pool; each worker takes the next chunk
 * until none is left, with its own scratch buffers, so a pass allocates nothing per row
 * or chunk.
 */
final class LloydIterations {

	/** One run from a start: the final centroids, labels and inertia, and its timings. */
	record Single(double[] centroids, int[] labels, double inertia, int iterations, long nanos, long cpuNanos) {
	}

	/** Partial results of one pass, merged chunk by chunk in a fixed order. */
	static final class Pass {

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

	LloydIterations(FeatureMatrix data, int k, @Nullable ExecutorService pool, int workers) {
		this.data = data;
		this.k = k;
		this.d = data.cols();
		this.pool = pool;
		int n = data.rows();
		int chunks = Math.max(1, Math.min(KMeans.MAX_CHUNKS, n / KMeans.CHUNK_ROWS));
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
					next[j * this.d + c] = (count > 0) ? pass.sums[j * this.d + c] / count : current[j * this.d + c];
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
	 * One pass: labels, and the per-cluster sums and counts (and the inertia when asked)
	 * merged in chunk order. The returned object is reused by the next pass.
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

	private void work(int worker, AtomicInteger next, LloydKernel.Centroids prepared, int[] labels, boolean withInertia,
			boolean pooled) {
		long cpuStart = pooled ? cpuNow() : 0;
		LloydKernel.Scratch own = this.scratch[worker];
		double[] x = this.data.values();
		int chunk;
		while ((chunk = next.getAndIncrement()) < this.parts.length) {
			Pass part = this.parts[chunk];
			part.clear();
			part.inertia = LloydKernel.assign(x, this.d, this.bounds[chunk], this.bounds[chunk + 1], prepared, labels,
					part.sums, part.counts, own, withInertia);
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
