package crmcopilot.learning.model;

import java.util.Random;

/**
 * Logistic regression over a fixed feature dimension. Parameters are one array: the
 * {@code cols} weights followed by the bias, so models of all merchants sharing a schema
 * can be averaged coordinate by coordinate.
 */
public final class LogisticRegression {

	private LogisticRegression() {
	}

	public static double[] zeros(int cols) {
		return new double[cols + 1];
	}

	public static double score(double[] params, double[] x, int offset, int cols) {
		double z = params[cols];
		for (int j = 0; j < cols; j++) {
			z += params[j] * x[offset + j];
		}
		return sigmoid(z);
	}

	public static double[] scores(double[] params, Dataset data) {
		double[] out = new double[data.rows()];
		for (int i = 0; i < data.rows(); i++) {
			out[i] = score(params, data.x(), i * data.cols(), data.cols());
		}
		return out;
	}

	static double sigmoid(double z) {
		if (z >= 0) {
			return 1 / (1 + Math.exp(-z));
		}
		double e = Math.exp(z);
		return e / (1 + e);
	}

	/**
	 * Mini-batch SGD on the log-loss, starting from {@code start} (which is not changed).
	 * With {@code proximalMu > 0} the loss adds {@code mu/2 ||w - start||²} (FedProx).
	 */
	public static double[] train(Dataset data, double[] start, TrainOptions options) {
		int cols = data.cols();
		if (start.length != cols + 1) {
			throw new IllegalArgumentException("start has " + start.length + " parameters, expected " + (cols + 1));
		}
		double[] w = start.clone();
		if (data.rows() == 0) {
			return w;
		}
		double[] grad = new double[cols + 1];
		int[] order = new int[data.rows()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Random random = new Random(options.seed());
		double[] x = data.x();
		double[] y = data.y();
		double l2 = options.l2();
		double mu = options.proximalMu();
		for (int epoch = 0; epoch < options.epochs(); epoch++) {
			shuffle(order, random);
			double rate = options.learningRate() / (1 + options.decay() * epoch);
			for (int from = 0; from < order.length; from += options.batchSize()) {
				int to = Math.min(order.length, from + options.batchSize());
				step(w, start, grad, x, y, order, from, to, cols, rate, l2, mu);
			}
		}
		return w;
	}

	/**
	 * One mini-batch step, kept small so the JIT compiles it early: the gradient of the
	 * rows {@code order[from..to)} in one fused pass per row (score, then gradient), then
	 * the update with the ridge and proximal terms.
	 */
	private static void step(double[] w, double[] start, double[] grad, double[] x, double[] y, int[] order, int from,
			int to, int cols, double rate, double l2, double mu) {
		java.util.Arrays.fill(grad, 0);
		double biasGrad = 0;
		for (int k = from; k < to; k++) {
			int row = order[k];
			int offset = row * cols;
			double z = w[cols];
			for (int j = 0; j < cols; j++) {
				z += w[j] * x[offset + j];
			}
			double error = sigmoid(z) - y[row];
			for (int j = 0; j < cols; j++) {
				grad[j] += error * x[offset + j];
			}
			biasGrad += error;
		}
		double scale = rate / (to - from);
		double shrink = rate * (l2 + mu);
		double pull = rate * mu;
		for (int j = 0; j < cols; j++) {
			w[j] -= scale * grad[j] + shrink * w[j] - pull * start[j];
		}
		w[cols] -= scale * biasGrad + pull * (w[cols] - start[cols]);
	}

	private static void shuffle(int[] order, Random random) {
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int tmp = order[i];
			order[i] = order[j];
			order[j] = tmp;
		}
	}

}
