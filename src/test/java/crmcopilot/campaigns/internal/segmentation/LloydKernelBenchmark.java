package crmcopilot.campaigns.internal.segmentation;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH benchmark of the k-means inner loop (one thread, one pass over the rows): the
 * blocked kernel of {@link LloydKernel}, with and without the inertia, against the former
 * row-by-row kernel (direct distances, centroids transposed). Run with
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main LloydKernelBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class LloydKernelBenchmark {

	@Param("200000")
	int rows;

	@Param("10")
	int dims;

	@Param("8")
	int k;

	private double[] x;

	private double[] centroids;

	private double[] ct;

	private LloydKernel.Centroids prepared;

	private LloydKernel.Scratch scratch;

	private int[] labels;

	private double[] sums;

	private int[] counts;

	@Setup
	public void setUp() {
		SplittableRandom random = new SplittableRandom(1);
		this.x = new double[this.rows * this.dims];
		for (int i = 0; i < this.x.length; i++) {
			this.x[i] = random.nextDouble(-10, 10);
		}
		this.centroids = new double[this.k * this.dims];
		System.arraycopy(this.x, 0, this.centroids, 0, this.centroids.length);
		this.ct = new double[this.k * this.dims];
		for (int j = 0; j < this.k; j++) {
			for (int c = 0; c < this.dims; c++) {
				this.ct[c * this.k + j] = this.centroids[j * this.dims + c];
			}
		}
		this.prepared = LloydKernel.Centroids.of(this.centroids, this.k, this.dims);
		this.scratch = new LloydKernel.Scratch(this.dims);
		this.labels = new int[this.rows];
		this.sums = new double[this.k * this.dims];
		this.counts = new int[this.k];
	}

	@Benchmark
	public double blocked() {
		return LloydKernel.assign(this.x, this.dims, 0, this.rows, this.prepared, this.labels, this.sums, this.counts,
				this.scratch, false);
	}

	@Benchmark
	public double blockedWithInertia() {
		return LloydKernel.assign(this.x, this.dims, 0, this.rows, this.prepared, this.labels, this.sums, this.counts,
				this.scratch, true);
	}

	@Benchmark
	public double rowByRow() {
		return rowByRow(this.x, this.dims, 0, this.rows, this.ct, this.k, this.labels, this.sums, this.counts,
				new double[this.k]);
	}

	/** The kernel before the blocked one: direct distances, one row at a time. */
	static double rowByRow(double[] x, int d, int from, int to, double[] ct, int k, int[] labels, double[] sums,
			int[] counts, double[] dist) {
		double inertia = 0;
		for (int r = from; r < to; r++) {
			int base = r * d;
			for (int j = 0; j < k; j++) {
				dist[j] = 0;
			}
			for (int c = 0; c < d; c++) {
				double v = x[base + c];
				int cb = c * k;
				for (int j = 0; j < k; j++) {
					double diff = v - ct[cb + j];
					dist[j] += diff * diff;
				}
			}
			int best = 0;
			double bestDistance = dist[0];
			for (int j = 1; j < k; j++) {
				if (dist[j] < bestDistance) {
					bestDistance = dist[j];
					best = j;
				}
			}
			labels[r] = best;
			inertia += bestDistance;
			counts[best]++;
			int sb = best * d;
			for (int c = 0; c < d; c++) {
				sums[sb + c] += x[base + c];
			}
		}
		return inertia;
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(LloydKernelBenchmark.class.getSimpleName()).build()).run();
	}

}
