package crmcopilot.learning.model;

/**
 * Mini-batch SGD settings.
 *
 * @param l2 ridge penalty on the weights (not the bias)
 * @param proximalMu FedProx proximal term {@code mu/2 ||w - w_start||²}; 0 = plain SGD
 * @param decay learning rate at epoch e is {@code learningRate / (1 + decay * e)}
 */
public record TrainOptions(int epochs, int batchSize, double learningRate, double l2, double proximalMu, double decay,
		long seed) {

	public TrainOptions {
		if (epochs < 0 || batchSize < 1 || !(learningRate > 0) || l2 < 0 || proximalMu < 0 || decay < 0) {
			throw new IllegalArgumentException("invalid training options");
		}
	}

	public static TrainOptions defaults() {
		return new TrainOptions(10, 32, 0.05, 1e-4, 0, 0.1, 0);
	}

	public TrainOptions withEpochs(int value) {
		return new TrainOptions(value, this.batchSize, this.learningRate, this.l2, this.proximalMu, this.decay,
				this.seed);
	}

	public TrainOptions withProximalMu(double value) {
		return new TrainOptions(this.epochs, this.batchSize, this.learningRate, this.l2, value, this.decay, this.seed);
	}

	public TrainOptions withL2(double value) {
		return new TrainOptions(this.epochs, this.batchSize, this.learningRate, value, this.proximalMu, this.decay,
				this.seed);
	}

	public TrainOptions withSeed(long value) {
		return new TrainOptions(this.epochs, this.batchSize, this.learningRate, this.l2, this.proximalMu, this.decay,
				value);
	}

}
