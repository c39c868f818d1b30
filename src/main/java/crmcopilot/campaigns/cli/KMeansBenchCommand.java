package crmcopilot.campaigns.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.random.JDKRandomGenerator;

import crmcopilot.campaigns.FeatureMatrix;
import crmcopilot.campaigns.KMeans;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot bench kmeans}: Lloyd iterations per second on synthetic blobs from
 * fixed initial centroids, against Apache Commons Math's {@code KMeansPlusPlusClusterer}
 * when {@code --library-rows} is above 0 (its per-iteration time is the difference
 * between a run of n iterations and a run of none, so its seeding is not counted).
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

	@Override
	public Integer call() {
		if (this.rows < this.k || this.dims < 1 || this.k < 1) {
			throw new IllegalArgumentException("need rows >= k >= 1 and dims >= 1");
		}
		FeatureMatrix data = blobs(this.rows, this.dims, this.k, 42);
		double[] start = startingCentroids(data, this.k);
		System.out.printf(Locale.ROOT, "data: %d rows x %d dims (%.1f MB), k=%d, threads=%d%n", this.rows, this.dims,
				data.values().length * 8 / 1e6, this.k, this.threads);
		KMeans.Options options = new KMeans.Options(this.k, 1, 0, this.iterations, 0, start, this.threads);
		KMeans.fit(data, options);
		double best = Double.POSITIVE_INFINITY;
		KMeans.Result result = null;
		for (int run = 0; run < this.runs; run++) {
			result = KMeans.fit(data, options);
			best = Math.min(best, result.msPerIteration());
			System.out.printf(Locale.ROOT, "run %d: ms_per_iteration=%.3f inertia=%.6f%n", run + 1,
					result.msPerIteration(), result.inertia());
		}
		Runtime runtime = Runtime.getRuntime();
		System.out.printf(Locale.ROOT, "heap used after runs: %.1f MB (raw data %.1f MB)%n",
				(runtime.totalMemory() - runtime.freeMemory()) / 1e6, data.values().length * 8 / 1e6);
		if (this.libraryRows > 0) {
			compareWithCommonsMath(Math.min(this.libraryRows, this.rows));
		}
		System.out.printf(Locale.ROOT, "ms_per_iteration=%.3f inertia=%.6f%n", best, result.inertia());
		return 0;
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
