package crmcopilot.matching.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import crmcopilot.ai.TextEmbeddings;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.DemoProfiles;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.assignment.Assignment;
import crmcopilot.matching.internal.assignment.AssignmentSolver;
import crmcopilot.matching.internal.assignment.BookedAssignment;
import crmcopilot.matching.internal.assignment.ScoreMatrix;
import crmcopilot.matching.internal.assignment.SlotAssignmentSolver;
import crmcopilot.matching.internal.assignment.SlotGrid;
import crmcopilot.matching.internal.scoring.Cities;
import crmcopilot.matching.internal.scoring.MatchScorer;
import crmcopilot.matching.internal.scoring.MatchWeights;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot bench match}: times the scoring of synthetic clients against shoppers
 * and the exact assignment of a random score matrix (uniform scores in [0,1), fixed seed;
 * {@code --correlated} adds a per-shopper quality so that clients compete for the same
 * shoppers); {@code --slots N} also books appointments with the same scores.
 */
@Component("cli.bench.match")
@Command(name = "match", mixinStandardHelpOptions = true, description = "Benchmark scoring and optimal assignment")
class BenchMatchCommand implements Callable<Integer> {

	@Option(names = "--clients", defaultValue = "5000")
	int clients;

	@Option(names = "--shoppers", defaultValue = "500")
	int shoppers;

	@Option(names = "--capacity", defaultValue = "11")
	int capacity;

	@Option(names = "--seed", defaultValue = "1")
	long seed;

	@Option(names = "--slots", defaultValue = "0",
			description = "also book appointments: N slots per shopper over two weeks, two preferred windows per client")
	int slots;

	@Option(names = "--correlated", description = "scores = shopper quality + noise (harder instance)")
	boolean correlated;

	@Option(names = "--write-matrix",
			description = "also write the generated score matrix (CSV) for a reference solver")
	@Nullable Path writeMatrix;

	private final ObjectProvider<TextEmbeddings> embeddings;

	BenchMatchCommand(ObjectProvider<TextEmbeddings> embeddings) {
		this.embeddings = embeddings;
	}

	@Override
	public Integer call() throws IOException {
		if (this.clients <= 0 || this.shoppers <= 0 || this.capacity < 0 || this.slots < 0
				|| this.slots > BenchSlots.TIMES) {
			throw new IllegalArgumentException(
					"--clients and --shoppers must be > 0, --capacity >= 0, --slots 0 to " + BenchSlots.TIMES);
		}
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		List<ClientRequest> clientList = DemoProfiles.clients(this.clients, this.seed);
		List<ShopperProfile> shopperList = DemoProfiles.shoppers(this.shoppers, this.seed);
		TextEmbeddings textEmbeddings = this.embeddings.getIfAvailable();
		if (textEmbeddings != null) {
			// the model loads on first use; that is start-up cost, not scoring
			long loadStart = System.nanoTime();
			textEmbeddings.embed("warm-up");
			out.printf(Locale.ROOT, "embeddings_model_load seconds=%.3f%n", (System.nanoTime() - loadStart) / 1e9);
		}
		MatchScorer scorer = new MatchScorer(MatchWeights.DEFAULT, Cities.bundled(), textEmbeddings);
		// scoring and assignment run on this thread only: its CPU time is theirs,
		// whatever
		// else the machine is doing
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long scoringStart = System.nanoTime();
		long scoringCpuStart = threads.getCurrentThreadCpuTime();
		long processCpuStart = processCpuNanos();
		ScoreMatrix profiles = scorer.matrix(clientList, shopperList);
		double scoringSeconds = (System.nanoTime() - scoringStart) / 1e9;
		double scoringCpu = (threads.getCurrentThreadCpuTime() - scoringCpuStart) / 1e9;
		// the embedding model may run on its own threads: the whole process's CPU time
		// (GC and JIT included) bounds the scoring's from above
		double scoringProcessCpu = (processCpuNanos() - processCpuStart) / 1e9;
		long warmStart = System.nanoTime();
		long warmCpuStart = threads.getCurrentThreadCpuTime();
		scorer.matrix(clientList, shopperList);
		double warmScoring = (System.nanoTime() - warmStart) / 1e9;
		double warmCpu = (threads.getCurrentThreadCpuTime() - warmCpuStart) / 1e9;
		long eligible = Arrays.stream(profiles.scores()).filter((s) -> s > Double.NEGATIVE_INFINITY).count();
		out.printf(Locale.ROOT,
				"scoring clients=%d shoppers=%d eligible_pairs=%d semantic=%s seconds=%.3f cpu_seconds=%.3f "
						+ "process_cpu_seconds=%.3f warm_seconds=%.3f warm_cpu_seconds=%.3f%n",
				this.clients, this.shoppers, eligible, scorer.semanticAvailable(), scoringSeconds, scoringCpu,
				scoringProcessCpu, warmScoring, warmCpu);

		ScoreMatrix matrix = randomMatrix();
		if (this.writeMatrix != null) {
			write(matrix, this.writeMatrix);
		}
		int[] capacities = new int[this.shoppers];
		Arrays.fill(capacities, this.capacity);
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		Assignment assignment = AssignmentSolver.solve(matrix, capacities, 0);
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		out.printf(Locale.ROOT,
				"assignment clients=%d shoppers=%d capacity=%d assigned=%d optimality_gap=%.3g seconds=%.3f "
						+ "cpu_seconds=%.3f%n",
				this.clients, this.shoppers, this.capacity, assignment.assigned(), assignment.optimalityGap(), seconds,
				cpu);
		if (this.slots > 0) {
			SlotGrid grid = BenchSlots.grid(this.clients, this.shoppers, this.slots, this.seed);
			long bookingStart = System.nanoTime();
			long bookingCpuStart = threads.getCurrentThreadCpuTime();
			BookedAssignment booked = SlotAssignmentSolver.solve(matrix, capacities, 0, grid);
			out.printf(Locale.ROOT,
					"booking clients=%d shoppers=%d slots_per_shopper=%d capacity=%d assigned=%d optimality_gap=%.3g "
							+ "total_score=%.6f seconds=%.3f cpu_seconds=%.3f%n",
					this.clients, this.shoppers, this.slots, this.capacity, booked.assignment().assigned(),
					booked.assignment().optimalityGap(), booked.assignment().totalScore(),
					(System.nanoTime() - bookingStart) / 1e9,
					(threads.getCurrentThreadCpuTime() - bookingCpuStart) / 1e9);
		}
		out.printf(Locale.ROOT, "load_average=%.2f processors=%d%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
		out.printf(Locale.ROOT, "total_score=%.6f seconds=%.3f%n", assignment.totalScore(), seconds);
		return 0;
	}

	private static long processCpuNanos() {
		return (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
				? os.getProcessCpuTime() : 0;
	}

	private ScoreMatrix randomMatrix() {
		SplittableRandom random = new SplittableRandom(this.seed);
		double[] quality = new double[this.shoppers];
		for (int s = 0; s < this.shoppers; s++) {
			quality[s] = this.correlated ? random.nextDouble() : 0;
		}
		double[] scores = new double[this.clients * this.shoppers];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = quality[i % this.shoppers] + random.nextDouble();
		}
		return new ScoreMatrix(this.clients, this.shoppers, scores);
	}

	private static void write(ScoreMatrix matrix, Path path) throws IOException {
		try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
			StringBuilder line = new StringBuilder();
			for (int k = 0; k < matrix.clients(); k++) {
				line.setLength(0);
				for (int s = 0; s < matrix.shoppers(); s++) {
					if (s > 0) {
						line.append(',');
					}
					line.append(matrix.score(k, s));
				}
				writer.write(line.append('\n').toString());
			}
		}
	}

}
