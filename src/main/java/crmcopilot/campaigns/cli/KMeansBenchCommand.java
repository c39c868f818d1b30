package crmcopilot.campaigns.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.random.JDKRandomGenerator;

import crmcopilot.campaigns.internal.segmentation.FeatureMatrix;
import crmcopilot.campaigns.internal.segmentation.KMeans;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot bench kmeans}: Lloyd iterations per second on synthetic blobs from
 * fixed initial centroids, against Apache Commons Math's {@code KMeansPlusPlusClusterer}
 * when {@code --library-rows} is above 0 (its per-iteration time is the difference
 * between a run of n iterations and a run of none, so its seeding is not counted). It
 * prints the wall time and the CPU time of an iteration (summed over the worker threads,
 * which is the fair figure when other processes share the machine), the memory (heap in
 * use after a collection with and without the data, and the bytes allocated by one fit)
 * and the load average.
 */
@Component("cli.bench.kmeans")
@Command(name = "kmeans", description = "Measure the k-means Lloyd iteration")
class KMeansBenchCommand implements Callable<Integer> {

	@Option(names = "--rows", defaultValue = "1000000")
	int rows;

	@Option(names = "--dims", defaultValue = "10")
	int dims;

	@Option(names = "--k", defaultValue = "8")
	int k;

	@Option(names = "--iterations", defaultValue = "20", description = "Lloyd iterations per measured run")
	int iterations;

	@Option(names = "--runs", defaultValue = "5", description = "measured runs after one warm-up; the best is kept")
	int runs;

	@Option(names = "--threads", defaultValue = "2")
	int threads;

	@Option(names = "--library-rows", defaultValue = "0",
			description = "rows for the Commons Math comparison (0 = skip; it needs about 150 bytes per row)")
	int libraryRows;

	@Option(names = "--reference", defaultValue = "false",
			description = "also run a plain row-by-row Lloyd from the same start and print the relative inertia difference")
	boolean reference;

	@Override
	public Integer call() {
		if (this.rows < this.k || this.dims < 1 || this.k < 1) {
			throw new IllegalArgumentException("need rows >= k >= 1 and dims >= 1");
		}
		if (this.runs < 1 || this.iterations < 1) {
			throw new IllegalArgumentException("need --runs >= 1 and --iterations >= 1");
		}
		if ((long) this.rows * this.dims > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("rows x dims must stay below 2^31 values");
		}
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long heapBefore = usedHeapAfterGc();
		FeatureMatrix data = blobs(this.rows, this.dims, this.k, 42);
		long heapWithData = usedHeapAfterGc();
		double[] start = startingCentroids(data, this.k);
		double rawMb = data.values().length * 8 / 1e6;
		System.out.printf(Locale.ROOT, "data: %d rows x %d dims (%.1f MB), k=%d, threads=%d%n", this.rows, this.dims,
				rawMb, this.k, this.threads);
		KMeans.Options options = new KMeans.Options(this.k, 1, 0, this.iterations, 0, start, this.threads);
		KMeans.fit(data, options);
		double best = Double.POSITIVE_INFINITY;
		double bestCpu = Double.POSITIVE_INFINITY;
		KMeans.Result result = null;
		long allocated = 0;
		long peak = 0;
		for (int run = 0; run < this.runs; run++) {
			result = null;
			System.gc();
			resetPeaks();
			long allocatedBefore = allocatedBytes();
			result = KMeans.fit(data, options);
			allocated = Math.max(allocated, allocatedBytes() - allocatedBefore);
			peak = Math.max(peak, peakHeap());
			best = Math.min(best, result.msPerIteration());
			bestCpu = Math.min(bestCpu, result.cpuMsPerIteration());
			System.out.printf(Locale.ROOT, "run %d: ms_per_iteration=%.3f cpu_ms_per_iteration=%.3f inertia=%.6f%n",
					run + 1, result.msPerIteration(), result.cpuMsPerIteration(), result.inertia());
		}
		long retained = usedHeapAfterGc() - heapWithData;
		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		int cores = Runtime.getRuntime().availableProcessors();
		System.out.printf(Locale.ROOT,
				"memory: heap used after GC %.1f MB before the data, %.1f MB with it; during one fit %.1f MB allocated "
						+ "in all (labels, buffers, centroids), %.1f MB kept with the result; peak heap in use %.1f MB "
						+ "(includes garbage not yet collected: depends on the heap size and collector)%n",
				heapBefore / 1e6, heapWithData / 1e6, allocated / 1e6, retained / 1e6, peak / 1e6);
		System.out.printf(Locale.ROOT,
				"cpu: best %.3f ms of CPU per iteration summed over the threads, i.e. %.3f ms per iteration on %d "
						+ "idle cores; load average %.2f before, %.2f after%n",
				bestCpu, bestCpu / Math.min(this.threads, cores), Math.min(this.threads, cores), loadBefore, loadAfter);
		System.out.printf(Locale.ROOT, "raw_mb=%.1f extra_mb=%.1f cpu_ms_per_iteration=%.3f load_average=%.2f%n", rawMb,
				allocated / 1e6, bestCpu, loadAfter);
		if (this.reference) {
			double referenceInertia = plainLloyd(data, start, this.k, this.iterations);
			System.out.printf(Locale.ROOT,
					"reference (plain row-by-row Lloyd, same start): inertia=%.6f " + "relative_difference=%.3e%n",
					referenceInertia, Math.abs(result.inertia() - referenceInertia) / referenceInertia);
		}
		if (this.libraryRows > 0) {
			compareWithCommonsMath(Math.min(this.libraryRows, this.rows));
		}
		System.out.printf(Locale.ROOT, "ms_per_iteration=%.3f inertia=%.6f%n", best, result.inertia());
		return 0;
	}

	private static long usedHeapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/** Sum of the peaks of the heap pools (an upper bound of the peak of their sum). */
	private static long peakHeap() {
		long total = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				total += pool.getPeakUsage().getUsed();
			}
		}
		return total;
	}

	/** Bytes allocated on the heap by every thread so far, finished ones included. */
	private static long allocatedBytes() {
		if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
			return threads.getTotalThreadAllocatedBytes();
		}
		return 0;
	}

	/**
	 * Lloyd iterations as a plain script writes them (direct distances, one row at a
	 * time, one thread); the inertia of the final centroids.
	 */
	static double plainLloyd(FeatureMatrix data, double[] start, int k, int iterations) {
		int d = data.cols();
		double[] x = data.values();
		double[] centroids = start.clone();
		for (int it = 0; it <= iterations; it++) {
			double[] sums = new double[k * d];
			int[] counts = new int[k];
			double inertia = 0;
			for (int r = 0; r < data.rows(); r++) {
				int label = 0;
				double best = Double.POSITIVE_INFINITY;
				for (int j = 0; j < k; j++) {
					double s = 0;
					for (int c = 0; c < d; c++) {
						double diff = x[r * d + c] - centroids[j * d + c];
						s += diff * diff;
					}
					if (s < best) {
						best = s;
						label = j;
					}
				}
				inertia += best;
				counts[label]++;
				for (int c = 0; c < d; c++) {
					sums[label * d + c] += x[r * d + c];
				}
			}
			if (it == iterations) {
				return inertia;
			}
			for (int m = 0; m < sums.length; m++) {
				centroids[m] = (counts[m / d] > 0) ? sums[m] / counts[m / d] : centroids[m];
			}
		}
		throw new IllegalStateException("unreachable");
	}

	private void compareWithCommonsMath(int libraryRows) {
		FeatureMatrix data = blobs(libraryRows, this.dims, this.k, 42);
		List<DoublePoint> points = new ArrayList<>(libraryRows);
		for (int r = 0; r < libraryRows; r++) {
			double[] row = new double[this.dims];
			System.arraycopy(data.values(), r * this.dims, row, 0, this.dims);
			points.add(new DoublePoint(row));
		}
		KMeans.Result ours = KMeans.fit(data,
				new KMeans.Options(this.k, 1, 0, this.iterations, 0, startingCentroids(data, this.k), this.threads));
		long seeding = Long.MAX_VALUE;
		long full = Long.MAX_VALUE;
		double libraryInertia = 0;
		for (int run = 0; run < 2; run++) {
			seeding = Math.min(seeding, time(points, 0));
			long start = System.nanoTime();
			List<CentroidCluster<DoublePoint>> clusters = clusterer(this.iterations).cluster(points);
			full = Math.min(full, System.nanoTime() - start);
			libraryInertia = inertia(clusters);
		}
		double libraryMs = Math.max(0, full - seeding) / 1e6 / this.iterations;
		System.out.printf(Locale.ROOT,
				"commons-math3 KMeansPlusPlusClusterer (1 thread, %d rows): ms_per_iteration=%.3f inertia=%.6f "
						+ "(own engine on the same rows: ms_per_iteration=%.3f inertia=%.6f, starts differ)%n",
				libraryRows, libraryMs, libraryInertia, ours.msPerIteration(), ours.inertia());
	}

	private long time(List<DoublePoint> points, int iterations) {
		long start = System.nanoTime();
		clusterer(iterations).cluster(points);
		return System.nanoTime() - start;
	}

	private KMeansPlusPlusClusterer<DoublePoint> clusterer(int iterations) {
		JDKRandomGenerator random = new JDKRandomGenerator();
		random.setSeed(7);
		return new KMeansPlusPlusClusterer<>(this.k, iterations,
				new org.apache.commons.math3.ml.distance.EuclideanDistance(), random);
	}

	private static double inertia(List<CentroidCluster<DoublePoint>> clusters) {
		double total = 0;
		for (CentroidCluster<DoublePoint> cluster : clusters) {
			double[] c = cluster.getCenter().getPoint();
			for (DoublePoint point : cluster.getPoints()) {
				double[] p = point.getPoint();
				for (int i = 0; i < p.length; i++) {
					total += (p[i] - c[i]) * (p[i] - c[i]);
				}
			}
		}
		return total;
	}

	/** Gaussian blobs around k random centres, deterministic for a seed. */
	static FeatureMatrix blobs(int rows, int dims, int k, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[] centres = new double[k * dims];
		for (int i = 0; i < centres.length; i++) {
			centres[i] = random.nextDouble(-10, 10);
		}
		double[] values = new double[rows * dims];
		for (int r = 0; r < rows; r++) {
			int cluster = random.nextInt(k);
			for (int c = 0; c < dims; c++) {
				values[r * dims + c] = centres[cluster * dims + c] + gaussian(random) * 2.0;
			}
		}
		List<String> names = new ArrayList<>();
		for (int c = 0; c < dims; c++) {
			names.add("x" + c);
		}
		return new FeatureMatrix(values, rows, dims, names);
	}

	/** The first k rows, as fixed initial centroids. */
	static double[] startingCentroids(FeatureMatrix data, int k) {
		double[] start = new double[k * data.cols()];
		System.arraycopy(data.values(), 0, start, 0, start.length);
		return start;
	}

	private static double gaussian(SplittableRandom random) {
		double u = 1 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

}
