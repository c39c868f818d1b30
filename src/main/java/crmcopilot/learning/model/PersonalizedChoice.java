package crmcopilot.learning.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a merchant should use a personalised model, and at which level. Each level is
 * compared with the global model and with a local-only model by k-fold cross-validation
 * on the merchant's training rows (never its test rows); a personalised model is kept
 * only when it beats both.
 *
 * @param personalized the chosen model (the global one when no level wins), trained on
 * all the merchant's training rows
 * @param level the winning level, or null
 */
record PersonalizedChoice(double[] personalized, boolean usePersonalized,
		@org.jspecify.annotations.Nullable Personalization level, double validationPersonalizedAuc,
		double validationGlobalAuc, double validationLocalAuc) {

	static final int FOLDS = 4;

	/**
	 * Among the given levels, the best one by cross-validation, if it beats global and
	 * local.
	 */
	public static PersonalizedChoice choose(double[] global, Dataset train, List<Personalization> levels,
			TrainOptions base, long seed) {
		List<int[]> folds = folds(train, seed);
		double globalAuc = 0;
		double localAuc = 0;
		double[] levelAuc = new double[levels.size()];
		for (int k = 0; k < folds.size(); k++) {
			Dataset validation = train.subset(folds.get(k));
			Dataset fit = train.subset(complement(folds, k));
			globalAuc += ModelMetrics.evaluate(global, validation).auc() / folds.size();
			double[] local = LogisticRegression.train(fit, LogisticRegression.zeros(train.cols()), base);
			localAuc += ModelMetrics.evaluate(local, validation).auc() / folds.size();
			double[] tuned = LogisticRegression.train(fit, global, base);
			for (int l = 0; l < levels.size(); l++) {
				levelAuc[l] += ModelMetrics.evaluate(levels.get(l).interpolate(global, tuned), validation).auc()
						/ folds.size();
			}
		}
		int best = -1;
		for (int l = 0; l < levels.size(); l++) {
			if (levelAuc[l] > globalAuc && levelAuc[l] > localAuc && (best < 0 || levelAuc[l] > levelAuc[best])) {
				best = l;
			}
		}
		if (best < 0) {
			double bestLevelAuc = levelAuc.length > 0 ? java.util.Arrays.stream(levelAuc).max().orElse(0) : 0;
			return new PersonalizedChoice(global, false, null, bestLevelAuc, globalAuc, localAuc);
		}
		Personalization level = levels.get(best);
		return new PersonalizedChoice(level.fineTune(global, train, base), true, level, levelAuc[best], globalAuc,
				localAuc);
	}

	static List<int[]> folds(Dataset train, long seed) {
		List<Integer> positives = new ArrayList<>();
		List<Integer> negatives = new ArrayList<>();
		for (int i = 0; i < train.rows(); i++) {
			((train.y()[i] > 0.5) ? positives : negatives).add(i);
		}
		java.util.Random random = new java.util.Random(seed + 17);
		java.util.Collections.shuffle(positives, random);
		java.util.Collections.shuffle(negatives, random);
		List<List<Integer>> folds = new ArrayList<>();
		for (int k = 0; k < FOLDS; k++) {
			folds.add(new ArrayList<>());
		}
		int at = 0;
		for (List<Integer> group : List.of(positives, negatives)) {
			for (int index : group) {
				folds.get(at++ % FOLDS).add(index);
			}
		}
		return folds.stream().map((fold) -> fold.stream().mapToInt(Integer::intValue).sorted().toArray()).toList();
	}

	static int[] complement(List<int[]> folds, int excluded) {
		List<Integer> rest = new ArrayList<>();
		for (int k = 0; k < folds.size(); k++) {
			if (k != excluded) {
				for (int index : folds.get(k)) {
					rest.add(index);
				}
			}
		}
		return rest.stream().mapToInt(Integer::intValue).sorted().toArray();
	}

}
