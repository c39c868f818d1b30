package crmcopilot.matching.internal.assignment;

import java.util.List;
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

import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.DemoProfiles;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.scoring.Cities;
import crmcopilot.matching.internal.scoring.MatchScorer;
import crmcopilot.matching.internal.scoring.MatchWeights;

/**
 * JMH benchmark of the exact assignment and of the matrix scoring (run with
 * {@code java -cp target/test-classes:<classpath> crmcopilot.matching.internal.assignment.AssignmentBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
public class AssignmentBenchmark {

	@Param({ "5000" })
	int clients;

	@Param({ "500" })
	int shoppers;

	@Param({ "11" })
	int capacity;

	private ScoreMatrix matrix;

	private List<ClientRequest> clientProfiles;

	private List<ShopperProfile> shopperProfiles;

	private final MatchScorer scorer = new MatchScorer(MatchWeights.DEFAULT, Cities.bundled(), null);

	@Setup
	public void setUp() {
		SplittableRandom random = new SplittableRandom(1);
		double[] scores = new double[this.clients * this.shoppers];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = random.nextDouble();
		}
		this.matrix = new ScoreMatrix(this.clients, this.shoppers, scores);
		this.clientProfiles = DemoProfiles.clients(this.clients, 1);
		this.shopperProfiles = DemoProfiles.shoppers(this.shoppers, 1);
	}

	@Benchmark
	public Assignment assign() {
		return AssignmentSolver.solve(this.matrix, this.capacity);
	}

	@Benchmark
	public ScoreMatrix score() {
		return this.scorer.matrix(this.clientProfiles, this.shopperProfiles);
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(AssignmentBenchmark.class.getSimpleName()).build()).run();
	}

}
