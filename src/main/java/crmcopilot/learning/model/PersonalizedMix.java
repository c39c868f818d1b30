package crmcopilot.learning.model;

import java.util.List;

/**
 * A merchant's personalised model as a convex mix of the global model and its own
 * local-only model: {@code α · global + (1 − α) · local}. For logistic regression, mixing
 * the parameters is exactly mixing the two models' logits, so the result is again one
 * logistic regression that can be stored and deployed like any other.
 * <p>
 * Every choice is made on the merchant's training rows only, by stratified k-fold
 * cross-validation: first the ridge penalty of the local model (the same procedure gives
 * the local-only baseline, so the comparison is fair), then the mixing weight α. The
 * held-out rows are never looked at. α = 1 is the global model, α = 0 the local one; on a
 * tie the larger α wins.
 *
 * @param local the tuned local-only model, trained on all the merchant's training rows
 * @param localL2 the ridge penalty chosen for it
 * @param personalized the mix with the chosen weight
 * @param alpha the chosen weight of the global model
 * @param validationAuc cross-validated AUC of the chosen mix
 * @param validationLocalAuc cross-validated AUC of the local model (α = 0)
 * @param validationGlobalAuc AUC of the global model on the same folds (α = 1)
 */
record PersonalizedMix(double[] local, double localL2, double[] personalized, double alpha, double validationAuc,
		double validationLocalAuc, double validationGlobalAuc) {

	/** Ridge penalties tried for local models. */
	public static final double[] L2_GRID = { 1e-4, 1e-3, 1e-2, 3e-2, 1e-1 };

	/** Weights of the global model tried. */
	public static final double[] ALPHAS = { 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1 };

	/**
	 * The local-only model with its ridge penalty chosen by cross-validation on
	 * {@code train}.
	 */
	public static double tuneLocalL2(Dataset train, TrainOptions base, long seed) {
		List<int[]> folds = PersonalizedChoice.folds(train, seed);
		double best = L2_GRID[0];
		double bestAuc = Double.NEGATIVE_INFINITY;
		for (double l2 : L2_GRID) {
			double auc = 0;
			for (int k = 0; k < folds.size(); k++) {
				Dataset validation = train.subset(folds.get(k));
				Dataset fit = train.subset(PersonalizedChoice.complement(folds, k));
				double[] local = LogisticRegression.train(fit, LogisticRegression.zeros(train.cols()), base.withL2(l2));
				auc += ModelMetrics.evaluate(local, validation).auc() / folds.size();
			}
			if (auc > bestAuc) {
				bestAuc = auc;
				best = l2;
			}
		}
		return best;
	}

	/** Tunes the local model, then the mixing weight, on {@code train} only. */
	public static PersonalizedMix choose(double[] global, Dataset train, TrainOptions base, long seed) {
		return choose(global, (fold) -> global, train, base, seed);
	}

	/**
	 * As {@link #choose(double[], Dataset, TrainOptions, long)}, with the global model of
	 * each validation fold given apart: {@code foldGlobal.apply(k)} should be a global
	 * model that never saw fold k of this merchant (see {@link #foldsOf}), so the
	 * validation does not favour the global model for having seen the validation rows.
	 */
	public static PersonalizedMix choose(double[] global, java.util.function.IntFunction<double[]> foldGlobal,
			Dataset train, TrainOptions base, long seed) {
		double l2 = tuneLocalL2(train, base, seed);
		TrainOptions localOptions = base.withL2(l2);
		List<int[]> folds = PersonalizedChoice.folds(train, seed);
		double[] alphaAuc = new double[ALPHAS.length];
		for (int k = 0; k < folds.size(); k++) {
			Dataset validation = train.subset(folds.get(k));
			Dataset fit = train.subset(PersonalizedChoice.complement(folds, k));
			double[] local = LogisticRegression.train(fit, LogisticRegression.zeros(train.cols()), localOptions);
			for (int a = 0; a < ALPHAS.length; a++) {
				alphaAuc[a] += ModelMetrics.evaluate(mix(foldGlobal.apply(k), local, ALPHAS[a]), validation).auc()
						/ folds.size();
			}
		}
		// ties go to the larger weight of the global model, trained on far more rows
		int best = ALPHAS.length - 1;
		for (int a = ALPHAS.length - 2; a >= 0; a--) {
			if (alphaAuc[a] > alphaAuc[best]) {
				best = a;
			}
		}
		double[] local = LogisticRegression.train(train, LogisticRegression.zeros(train.cols()), localOptions);
		return new PersonalizedMix(local, l2, mix(global, local, ALPHAS[best]), ALPHAS[best], alphaAuc[best],
				alphaAuc[0], alphaAuc[ALPHAS.length - 1]);
	}

	/**
	 * The stratified folds used by {@link #choose}: {@code FOLDS} index arrays into
	 * {@code train}.
	 */
	public static List<int[]> foldsOf(Dataset train, long seed) {
		return PersonalizedChoice.folds(train, seed);
	}

	/** {@code alpha · global + (1 − alpha) · local}, coordinate by coordinate. */
	public static double[] mix(double[] global, double[] local, double alpha) {
		double[] result = new double[global.length];
		for (int j = 0; j < result.length; j++) {
			result[j] = alpha * global[j] + (1 - alpha) * local[j];
		}
		return result;
	}

}
