package crmcopilot.learning.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import crmcopilot.learning.model.Aggregation;
import crmcopilot.learning.model.ModelUpdate;
import crmcopilot.learning.model.secure.SecureAggregation;

/**
 * {@code ./copilot bench federated --secure-aggregation}: one secure-aggregation round of
 * {@code agents} updates, every agent's work included (the agents run in this process),
 * against plain FedAvg of the same updates.
 */
final class SecureAggregationBench {

	private final int agents;

	private final int weights;

	private final boolean warmup;

	SecureAggregationBench(int agents, int weights, boolean warmup) {
		if (agents < 2 || weights < 1) {
			throw new IllegalArgumentException("secure aggregation needs at least 2 updates and 1 weight");
		}
		this.agents = agents;
		this.weights = weights;
		this.warmup = warmup;
	}

	/**
	 * CPU time of the whole process (every agent's thread): on a shared machine the wall
	 * time depends on the load, this does not.
	 */
	private static long processCpuNanos() {
		return (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
				? os.getProcessCpuTime() : 0;
	}

	int run() {
		Random random = new Random(42);
		List<ModelUpdate> updates = new ArrayList<>();
		for (int i = 0; i < this.agents; i++) {
			double[] w = new double[this.weights];
			for (int j = 0; j < w.length; j++) {
				w[j] = random.nextGaussian();
			}
			updates.add(new ModelUpdate(w, 100 + i));
		}
		if (this.warmup) {
			long start = System.nanoTime();
			SecureAggregation.fedAvg(updates.subList(0, Math.min(10, this.agents)));
			System.out.println(String.format(Locale.ROOT, "warmup: secure_aggregate_ms=%.1f (%d agents)",
					(System.nanoTime() - start) / 1e6, Math.min(10, this.agents)));
		}
		long start = System.nanoTime();
		double[] plain = Aggregation.fedAvg(updates);
		long plainNanos = System.nanoTime() - start;
		long cpuStart = processCpuNanos();
		start = System.nanoTime();
		double[] secure = SecureAggregation.fedAvg(updates);
		long secureNanos = System.nanoTime() - start;
		long cpuNanos = processCpuNanos() - cpuStart;
		double difference = 0;
		for (int j = 0; j < plain.length; j++) {
			difference = Math.max(difference, Math.abs(plain[j] - secure[j]));
		}
		System.out.println(String.format(Locale.ROOT,
				"agents=%d weights=%d threshold=%d secure_aggregate_ms=%.1f secure_cpu_ms=%.1f plain_aggregate_ms=%.1f max_difference=%.2e",
				this.agents, this.weights, SecureAggregation.threshold(this.agents), secureNanos / 1e6, cpuNanos / 1e6,
				plainNanos / 1e6, difference));
		return 0;
	}

}
