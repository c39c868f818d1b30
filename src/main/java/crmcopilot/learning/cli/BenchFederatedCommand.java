package crmcopilot.learning.cli;

import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

import crmcopilot.learning.model.Aggregation;
import crmcopilot.learning.model.Dataset;
import crmcopilot.learning.model.LogisticRegression;
import crmcopilot.learning.model.ModelUpdate;
import crmcopilot.learning.model.TrainOptions;

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

	@Option(names = "--updates", defaultValue = "1000")
	int updates;

	@Option(names = "--weights", defaultValue = "100000")
	int weights;

	@Option(names = "--rows", defaultValue = "100000")
	int rows;

	@Option(names = "--features", defaultValue = "50")
	int features;

	@Option(names = "--epochs", defaultValue = "5")
	int epochs;

	@Override
	public Integer call() {
		Random random = new Random(42);
		// a pool of distinct updates cycled through: 1,000 × 100,000 doubles would not
		// fit in memory at once
		double[][] pool = new double[8][this.weights];
		for (double[] update : pool) {
			for (int j = 0; j < update.length; j++) {
				update[j] = random.nextGaussian();
			}
		}
		long start = System.nanoTime();
		Aggregation.FedAvgAccumulator accumulator = new Aggregation.FedAvgAccumulator(this.weights);
		for (int i = 0; i < this.updates; i++) {
			accumulator.add(new ModelUpdate(pool[i % pool.length], 100 + i));
		}
		double[] global = accumulator.result();
		long aggregateNanos = System.nanoTime() - start;

		double[] x = new double[this.rows * this.features];
		double[] y = new double[this.rows];
		for (int i = 0; i < this.rows; i++) {
			double z = -0.5;
			for (int j = 0; j < this.features; j++) {
				double value = random.nextGaussian();
				x[i * this.features + j] = value;
				z += ((j % 5 == 0) ? 0.4 : 0.02) * value;
			}
			y[i] = (random.nextDouble() < 1 / (1 + Math.exp(-z))) ? 1 : 0;
		}
		Dataset data = new Dataset(x, y, this.rows, this.features);
		start = System.nanoTime();
		double[] model = LogisticRegression.train(data, LogisticRegression.zeros(this.features),
				TrainOptions.defaults().withEpochs(this.epochs));
		long trainNanos = System.nanoTime() - start;
		System.out
			.println(String.format(Locale.ROOT, "updates=%d weights=%d rows=%d features=%d epochs=%d checksum=%.6f",
					this.updates, this.weights, this.rows, this.features, this.epochs, global[0] + model[0]));
		System.out.println(String.format(Locale.ROOT, "aggregate_ms=%.1f local_train_ms=%.1f", aggregateNanos / 1e6,
				trainNanos / 1e6));
		return 0;
	}

}
