package crmcopilot.ai.offline;

/**
 * Fits the temperature T of {@code softmax(logits / T)} that minimises the log-loss on
 * held-out predictions (Guo et al., 2017): one parameter, so it cannot over-fit the few
 * examples a workspace has.
 */
final class TemperatureScaling {

	private TemperatureScaling() {
	}

	static double fit(double[][] logits, int[] targets) {
		double low = Math.log(0.02);
		double high = Math.log(20);
		double phi = (Math.sqrt(5) - 1) / 2;
		for (int i = 0; i < 60; i++) {
			double a = high - phi * (high - low);
			double b = low + phi * (high - low);
			if (logLoss(logits, targets, Math.exp(a)) < logLoss(logits, targets, Math.exp(b))) {
				high = b;
			}
			else {
				low = a;
			}
		}
		return Math.exp((low + high) / 2);
	}

	static double logLoss(double[][] logits, int[] targets, double temperature) {
		double loss = 0;
		for (int i = 0; i < logits.length; i++) {
			double max = Double.NEGATIVE_INFINITY;
			for (double z : logits[i]) {
				max = Math.max(max, z / temperature);
			}
			double sum = 0;
			for (double z : logits[i]) {
				sum += Math.exp(z / temperature - max);
			}
			loss -= logits[i][targets[i]] / temperature - max - Math.log(sum);
		}
		return loss / logits.length;
	}

}
