package crmcopilot.ai.offline;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression with L2 regularisation, trained by stochastic gradient
 * descent on sparse vectors. Weights are stored feature-major ({@code [feature][label]})
 * so that scoring a sparse vector reads contiguous memory; the L2 shrinkage is applied
 * through a global scale factor so each step only touches the example's features.
 */
final class SoftmaxRegression {

	private final int labels;

	private final float[] weights;

	private final float[] bias;

	SoftmaxRegression(int labels, float[] weights, float[] bias) {
		this.labels = labels;
		this.weights = weights;
		this.bias = bias;
	}

	/**
	 * @param lambda L2 strength per example
	 * @param epochs passes over the data
	 * @param seed shuffling seed: training is deterministic
	 */
	static SoftmaxRegression train(List<SparseVector> vectors, int[] targets, int dimension, int labels, double lambda,
			int epochs, long seed) {
		float[] weights = new float[dimension * labels];
		float[] bias = new float[labels];
		int n = vectors.size();
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Random random = new Random(seed);
		double scale = 1;
		double eta0 = 0.5;
		long step = 0;
		double[] scores = new double[labels];
		for (int epoch = 0; epoch < epochs; epoch++) {
			for (int i = n - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int swap = order[i];
				order[i] = order[j];
				order[j] = swap;
			}
			for (int index : order) {
				double eta = eta0 / (1 + eta0 * lambda * step++);
				SparseVector x = vectors.get(index);
				score(weights, bias, labels, scale, x, scores);
				softmaxInPlace(scores);
				scores[targets[index]] -= 1;
				scale *= (1 - eta * lambda);
				double stepScale = eta / scale;
				int[] indices = x.indices();
				float[] values = x.values();
				for (int f = 0; f < indices.length; f++) {
					int offset = indices[f] * labels;
					double v = values[f] * stepScale;
					for (int k = 0; k < labels; k++) {
						weights[offset + k] -= (float) (v * scores[k]);
					}
				}
				for (int k = 0; k < labels; k++) {
					bias[k] -= (float) (eta * scores[k] * 0.1);
				}
				if (scale < 1e-4) {
					rescale(weights, scale);
					scale = 1;
				}
			}
		}
		rescale(weights, scale);
		return new SoftmaxRegression(labels, weights, bias);
	}

	private static void rescale(float[] weights, double scale) {
		for (int i = 0; i < weights.length; i++) {
			weights[i] *= (float) scale;
		}
	}

	private static void score(float[] weights, float[] bias, int labels, double scale, SparseVector x,
			double[] scores) {
		for (int k = 0; k < labels; k++) {
			scores[k] = 0;
		}
		int[] indices = x.indices();
		float[] values = x.values();
		for (int f = 0; f < indices.length; f++) {
			int offset = indices[f] * labels;
			float v = values[f];
			for (int k = 0; k < labels; k++) {
				scores[k] += v * weights[offset + k];
			}
		}
		for (int k = 0; k < labels; k++) {
			scores[k] = scores[k] * scale + bias[k];
		}
	}

	int labelCount() {
		return this.labels;
	}

	float[] weights() {
		return this.weights;
	}

	float[] bias() {
		return this.bias;
	}

	/** Unnormalised log-probabilities of each label. */
	double[] logits(SparseVector x) {
		double[] scores = new double[this.labels];
		score(this.weights, this.bias, this.labels, 1, x, scores);
		return scores;
	}

	static void softmaxInPlace(double[] scores) {
		double max = Double.NEGATIVE_INFINITY;
		for (double s : scores) {
			max = Math.max(max, s);
		}
		double sum = 0;
		for (int k = 0; k < scores.length; k++) {
			scores[k] = Math.exp(scores[k] - max);
			sum += scores[k];
		}
		for (int k = 0; k < scores.length; k++) {
			scores[k] /= sum;
		}
	}

}
