package crmcopilot.campaigns;

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
 * JMH benchmark of the k-means inner loop (one thread, one pass over the rows). Run with
 * {@code java -cp target/test-classes:target/classes:<deps> crmcopilot.campaigns.LloydKernelBenchmark}.
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

	private double[] ct;

	private int[] labels;

	@Setup
	public void setUp() {
		SplittableRandom random = new SplittableRandom(1);
		this.x = new double[this.rows * this.dims];
		for (int i = 0; i < this.x.length; i++) {
			this.x[i] = random.nextDouble(-10, 10);
		}
		double[] centroids = new double[this.k * this.dims];
		System.arraycopy(this.x, 0, centroids, 0, centroids.length);
		this.ct = LloydKernel.transpose(centroids, this.k, this.dims);
		this.labels = new int[this.rows];
	}

	@Benchmark
	public double assign() {
		return LloydKernel.assign(this.x, this.dims, 0, this.rows, this.ct, this.k, this.labels,
				new double[this.k * this.dims], new int[this.k], new double[this.k]);
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(LloydKernelBenchmark.class.getSimpleName()).build()).run();
	}

}
