package crmcopilot.learning.model;

import java.util.Arrays;

/**
 * Quality of a model on held-out examples it was not trained on.
 *
 * @param accuracy share of examples classified right at threshold 0.5
 * @param auc area under the ROC curve (ties count one half); 0.5 when a class is missing
 * @param logLoss mean negative log-likelihood (probabilities clipped to [1e-15, 1 −
 * 1e-15])
 * @param brier mean squared error of the probability (calibration)
 * @param predictedUplift relative gain of targeting with the model: among the 20 % of
 * held-out examples it scores highest, the positive rate divided by the overall positive
 * rate, minus one (0.8 = the top fifth converts 80 % more than a random fifth; 0 = no
 * better than random)
 * @param confidence how far the AUC can be trusted: the lower end of its 95 % confidence
 * interval, {@code auc − 1.96 · SE} with the Hanley–McNeil (1982) standard error, clamped
 * to [0, 1]; it grows with both the AUC and the number of held-out examples
 * @param examples held-out examples
 * @param positives held-out positives
 */
public record ModelMetrics(double accuracy, double auc, double logLoss, double brier, double predictedUplift,
		double confidence, long examples, long positives) {

	/** Share of the highest scores used by {@link #predictedUplift()}. */
	public static final double UPLIFT_TOP_FRACTION = 0.2;

	public static ModelMetrics evaluate(double[] params, Dataset data) {
		return of(LogisticRegression.scores(params, data), data.y());
	}

	public static ModelMetrics of(double[] scores, double[] labels) {
		int n = scores.length;
		if (n == 0) {
			return new ModelMetrics(0, 0.5, 0, 0, 0, 0, 0, 0);
		}
		long positives = 0;
		double correct = 0;
		double logLoss = 0;
		double brier = 0;
		for (int i = 0; i < n; i++) {
			boolean positive = labels[i] > 0.5;
			positives += positive ? 1 : 0;
			correct += ((scores[i] >= 0.5) == positive) ? 1 : 0;
			double p = Math.min(1 - 1e-15, Math.max(1e-15, scores[i]));
			logLoss -= positive ? Math.log(p) : Math.log(1 - p);
			brier += (scores[i] - (positive ? 1 : 0)) * (scores[i] - (positive ? 1 : 0));
		}
		long negatives = n - positives;
		double auc = auc(scores, labels, positives, negatives);
		return new ModelMetrics(correct / n, auc, logLoss / n, brier / n, uplift(scores, labels, positives),
				confidence(auc, positives, negatives), n, positives);
	}

	/**
	 * Mann–Whitney AUC, ties counting one half: the share of (positive, negative) pairs
	 * the scores order right, counted over the two sorted score lists (no boxing).
	 */
	static double auc(double[] scores, double[] labels, long positives, long negatives) {
		if (positives == 0 || negatives == 0) {
			return 0.5;
		}
		double[] pos = new double[(int) positives];
		double[] neg = new double[(int) negatives];
		int p = 0;
		int q = 0;
		for (int i = 0; i < scores.length; i++) {
			if (labels[i] > 0.5) {
				pos[p++] = scores[i];
			}
			else {
				neg[q++] = scores[i];
			}
		}
		Arrays.sort(pos);
		Arrays.sort(neg);
		double wins = 0;
		int below = 0;
		int upTo = 0;
		for (double score : pos) {
			while (below < neg.length && neg[below] < score) {
				below++;
			}
			if (upTo < below) {
				upTo = below;
			}
			while (upTo < neg.length && neg[upTo] <= score) {
				upTo++;
			}
			wins += below + 0.5 * (upTo - below);
		}
		return wins / ((double) positives * negatives);
	}

	static double confidence(double auc, long positives, long negatives) {
		if (positives == 0 || negatives == 0) {
			return 0;
		}
		double q1 = auc / (2 - auc);
		double q2 = 2 * auc * auc / (1 + auc);
		double variance = (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc))
				/ ((double) positives * negatives);
		double lower = auc - 1.96 * Math.sqrt(Math.max(0, variance));
		return Math.max(0, Math.min(1, lower));
	}

	static double uplift(double[] scores, double[] labels, long positives) {
		if (positives == 0) {
			return 0;
		}
		int n = scores.length;
		int top = Math.max(1, (int) Math.round(n * UPLIFT_TOP_FRACTION));
		// the top scores, ties at the threshold taken in row order (as a stable sort
		// would)
		double[] sorted = scores.clone();
		Arrays.sort(sorted);
		double threshold = sorted[n - top];
		int above = 0;
		double topPositives = 0;
		for (int i = 0; i < n; i++) {
			if (scores[i] > threshold) {
				above++;
				topPositives += (labels[i] > 0.5) ? 1 : 0;
			}
		}
		for (int i = 0; i < n && above < top; i++) {
			if (scores[i] == threshold) {
				above++;
				topPositives += (labels[i] > 0.5) ? 1 : 0;
			}
		}
		return (topPositives / top) / ((double) positives / n) - 1;
	}

}
