package crmcopilot.learning.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

import crmcopilot.learning.model.Aggregation;
import crmcopilot.learning.model.Dataset;
import crmcopilot.learning.model.LogisticRegression;
import crmcopilot.learning.model.ModelUpdate;
import crmcopilot.learning.model.TrainOptions;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot bench federated}: FedAvg of many large updates (streamed through an
 * accumulator, as the server does) and local training on a large merchant.
 */
@Component("cli.bench.federated")
@Command(name = "federated", mixinStandardHelpOptions = true,
		description = "Times FedAvg aggregation and local logistic-regression training.")
class BenchFederatedCommand implements Callable<Integer> {

	/** Updates handed to the accumulator at once. */
	private static final int BATCH = 50;

	@Option(names = "--updates", description = "updates aggregated (default 1000, 100 with --secure-aggregation)")
	@Nullable Integer updates;

	@Option(names = "--weights", description = "weights per update (default 100000, 10000 with --secure-aggregation)")
	@Nullable Integer weights;

	@Option(names = "--secure-aggregation",
			description = "times one secure-aggregation round of the agents instead (keys, shares, masks, unmasking)")
	boolean secureAggregation;

	@Option(names = "--rows", defaultValue = "100000")
	int rows;

	@Option(names = "--features", defaultValue = "50")
	int features;

	@Option(names = "--epochs", defaultValue = "5")
	int epochs;

	@Option(names = "--threads", defaultValue = "2", description = "aggregation threads (coordinate blocks)")
	int threads;

	@Option(names = "--warmup", defaultValue = "true", fallbackValue = "true", arity = "0..1",
			description = "run both workloads once on a small size first, so the timed run measures compiled code")
	boolean warmup;

	@Override
	public Integer call() {
		if (this.updates == null) {
			this.updates = this.secureAggregation ? 100 : 1000;
		}
		if (this.weights == null) {
			this.weights = this.secureAggregation ? 10_000 : 100_000;
		}
		if (this.secureAggregation) {
			return new SecureAggregationBench(this.updates, this.weights, this.warmup).run();
		}
		if (this.updates < 1 || this.weights < 1 || this.rows < 1 || this.features < 1 || this.epochs < 1
				|| this.threads < 1) {
			throw new IllegalArgumentException("sizes, epochs and threads must be at least 1");
		}
		if ((long) this.rows * this.features > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("--rows × --features is too large");
		}
		Random random = new Random(42);
		// a pool of distinct updates cycled through: 1,000 × 100,000 doubles would not
		// fit in memory at once
		double[][] pool = new double[8][this.weights];
		for (double[] update : pool) {
			for (int j = 0; j < update.length; j++) {
				update[j] = random.nextGaussian();
			}
		}
		Dataset data = syntheticData(random, this.rows, this.features);
		long coldAggregate = 0;
		long coldTrain = 0;
		if (this.warmup) {
			long start = System.nanoTime();
			aggregate(pool, Math.min(this.updates, 200));
			coldAggregate = System.nanoTime() - start;
			Dataset small = data.subset(java.util.stream.IntStream.range(0, Math.min(this.rows, 20_000)).toArray());
			start = System.nanoTime();
			train(small);
			coldTrain = System.nanoTime() - start;
		}
		long start = System.nanoTime();
		double[] global = aggregate(pool, this.updates);
		long aggregateNanos = System.nanoTime() - start;
		start = System.nanoTime();
		double[] model = train(data);
		long trainNanos = System.nanoTime() - start;
		System.out.println(String.format(Locale.ROOT,
				"updates=%d weights=%d rows=%d features=%d epochs=%d threads=%d checksum=%.6f", this.updates,
				this.weights, this.rows, this.features, this.epochs, this.threads, global[0] + model[0]));
		if (this.warmup) {
			System.out.println(String.format(Locale.ROOT,
					"warmup: aggregate_ms=%.1f (%d updates) local_train_ms=%.1f (%d rows)", coldAggregate / 1e6,
					Math.min(this.updates, 200), coldTrain / 1e6, Math.min(this.rows, 20_000)));
		}
		System.out.println(String.format(Locale.ROOT, "aggregate_ms=%.1f local_train_ms=%.1f", aggregateNanos / 1e6,
				trainNanos / 1e6));
		return 0;
	}

	/** Streams the updates through the accumulator in batches, as the server does. */
	private double[] aggregate(double[][] pool, int count) {
		Aggregation.FedAvgAccumulator accumulator = new Aggregation.FedAvgAccumulator(this.weights);
		List<ModelUpdate> batch = new ArrayList<>(BATCH);
		for (int i = 0; i < count; i++) {
			batch.add(new ModelUpdate(pool[i % pool.length], 100 + i));
			if (batch.size() == BATCH || i == count - 1) {
				accumulator.addAll(batch, this.threads);
				batch.clear();
			}
		}
		return accumulator.result();
	}

	private double[] train(Dataset data) {
		return LogisticRegression.train(data, LogisticRegression.zeros(this.features),
				TrainOptions.defaults().withEpochs(this.epochs));
	}

	private static Dataset syntheticData(Random random, int rows, int features) {
		double[] x = new double[rows * features];
		double[] y = new double[rows];
		for (int i = 0; i < rows; i++) {
			double z = -0.5;
			for (int j = 0; j < features; j++) {
				double value = random.nextGaussian();
				x[i * features + j] = value;
				z += ((j % 5 == 0) ? 0.4 : 0.02) * value;
			}
			y[i] = (random.nextDouble() < 1 / (1 + Math.exp(-z))) ? 1 : 0;
		}
		return new Dataset(x, y, rows, features);
	}

}
