package crmcopilot.ai.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import crmcopilot.ai.LabelledText;
import crmcopilot.ai.TextClassifier;
import crmcopilot.ai.TextClassifierTrainer;
import crmcopilot.ai.TextEmbeddings;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Trains the offline classifier. Examples are de-duplicated on their normalised text, the
 * latest label winning (so an agent's correction replaces the first label). With
 * embeddings enabled, the weight of the embedding model and the softmax temperature are
 * chosen on 3-fold cross-validated predictions, by log-loss; without embeddings only the
 * temperature is.
 */
@Service
public class OfflineTextClassifierTrainer implements TextClassifierTrainer {

	private static final int FOLDS = 3;

	/** From this many examples on, calibration uses two folds and the default C. */
	private static final int LARGE = 500;

	private static final double[] EMBEDDING_WEIGHTS = { 0, 0.25, 0.5, 1, 1.5, 2, 3, 4.5, 6 };

	private final @Nullable TextEmbeddings embeddings;

	private final boolean useEmbeddings;

	private final Recipe recipe;

	private final Mode mode;

	private final double cascadeConfidence;

	/**
	 * The cascade of the default trainer: off (always combine both models); callers that
	 * favour speed ask for one with {@link TextClassifier#withCascade}.
	 */
	public static final double DEFAULT_CASCADE = 1;

	@Autowired
	OfflineTextClassifierTrainer(TextEmbeddings embeddings, OfflineSettings settings) {
		this(embeddings, settings.embeddings() ? Mode.HYBRID : Mode.NGRAM, Recipe.DEFAULT,
				settings.cascadeConfidence());
	}

	OfflineTextClassifierTrainer(@Nullable TextEmbeddings embeddings, Mode mode) {
		this(embeddings, mode, (mode == Mode.BASELINE) ? Recipe.BASELINE : Recipe.DEFAULT);
	}

	OfflineTextClassifierTrainer(@Nullable TextEmbeddings embeddings, Mode mode, Recipe recipe) {
		this(embeddings, mode, recipe, 1);
	}

	/**
	 * @param cascadeConfidence hybrid classifiers skip the embeddings when the n-gram
	 * model alone is at least this confident (1: never skip)
	 */
	OfflineTextClassifierTrainer(@Nullable TextEmbeddings embeddings, Mode mode, Recipe recipe,
			double cascadeConfidence) {
		this.embeddings = embeddings;
		this.mode = (embeddings == null && mode.embeddings) ? Mode.NGRAM : mode;
		this.useEmbeddings = this.mode.embeddings;
		this.recipe = recipe;
		this.cascadeConfidence = cascadeConfidence;
	}

	/**
	 * A trainer of the n-gram model alone, outside Spring (commands, tests).
	 */
	public static OfflineTextClassifierTrainer withoutEmbeddings() {
		return new OfflineTextClassifierTrainer(null, Mode.NGRAM);
	}

	/** A trainer of the n-gram model alone (no sentence embeddings): fast, small. */
	public TextClassifierTrainer ngramOnly() {
		return withMode(Mode.NGRAM);
	}

	/** The same trainer with another combination of models (for measurements). */
	public OfflineTextClassifierTrainer withMode(Mode mode) {
		return new OfflineTextClassifierTrainer(this.embeddings, mode,
				(mode == Mode.BASELINE) ? Recipe.BASELINE : Recipe.DEFAULT, this.cascadeConfidence);
	}

	/**
	 * The same trainer whose hybrid classifiers skip the embeddings when the n-gram model
	 * alone is at least {@code confidence} sure (1: never skip, always combine).
	 */
	public OfflineTextClassifierTrainer withCascade(double confidence) {
		return new OfflineTextClassifierTrainer(this.embeddings, this.mode, this.recipe, confidence);
	}

	/** N-gram confidence from which hybrid classifiers skip the embeddings (1: never). */
	public double cascadeConfidence() {
		return this.cascadeConfidence;
	}

	/**
	 * The hybrid trainer with a fixed weight of the embedding model instead of one chosen
	 * by cross-validation (to measure the embedding path where n-grams alone suffice).
	 */
	public OfflineTextClassifierTrainer withEmbeddingWeight(double weight) {
		return new OfflineTextClassifierTrainer(
				this.embeddings, Mode.HYBRID, new Recipe(this.recipe.features(), this.recipe.cs(),
						this.recipe.embeddingC(), this.recipe.wordWeight(), this.recipe.epochs(), weight),
				this.cascadeConfidence);
	}

	/** The same trainer with other hyper-parameters (for measurements). */
	OfflineTextClassifierTrainer withRecipe(Recipe recipe) {
		return new OfflineTextClassifierTrainer(this.embeddings, this.mode, recipe, this.cascadeConfidence);
	}

	/**
	 * Embeds texts about to be classified in one batch (spread over the cores), so that
	 * predicting them one by one later finds their embeddings cached.
	 */
	public void prefetch(List<String> texts) {
		if (this.useEmbeddings && this.embeddings != null && !texts.isEmpty()) {
			this.embeddings.embedAll(texts);
		}
	}

	/**
	 * The sentence embeddings that classifiers of this trainer use, null without.
	 */
	@Nullable TextEmbeddings embeddingsInUse() {
		return this.useEmbeddings ? this.embeddings : null;
	}

	public Mode mode() {
		return this.mode;
	}

	/** Whether classifiers of this trainer combine n-grams and sentence embeddings. */
	public boolean usesEmbeddings() {
		return this.useEmbeddings;
	}

	@Override
	public TextClassifier train(List<LabelledText> examples) {
		List<LabelledText> unique = deduplicate(examples);
		List<String> labels = new ArrayList<>(new TreeSet<>(unique.stream().map(LabelledText::label).toList()));
		if (labels.size() < 2) {
			throw new IllegalArgumentException(
					"a classifier needs examples of at least two labels, got " + labels.size());
		}
		int n = unique.size();
		int[] targets = new int[n];
		List<TextFeatures.Counts> counts = new ArrayList<>(n);
		TextFeatures features = this.recipe.features();
		for (int i = 0; i < n; i++) {
			targets[i] = labels.indexOf(unique.get(i).label());
			counts.add(features.counts(unique.get(i).text()));
		}
		List<SparseVector> semantic = null;
		if (this.useEmbeddings && this.embeddings != null) {
			semantic = this.embeddings.embedAll(unique.stream().map(LabelledText::text).toList())
				.stream()
				.map(Embeddings::vector)
				.toList();
		}
		Calibration calibration = calibrate(counts, semantic, targets, labels.size());
		NgramVocabulary vocabulary = NgramVocabulary.fit(counts, this.recipe.wordWeight());
		SoftmaxRegression ngramModel = trainNgrams(counts.stream().map(vocabulary::vector).toList(), vocabulary.size(),
				targets, labels.size(), all(n), calibration.c());
		SoftmaxRegression embeddingModel = (semantic != null && calibration.embeddingWeight() > 0)
				? trainEmbeddings(semantic, targets, labels.size(), all(n)) : null;
		return new OfflineTextClassifier(labels, features, vocabulary, ngramModel, this.mode.ngrams ? 1 : 0,
				embeddingModel, (embeddingModel != null) ? this.embeddings : null, calibration.embeddingWeight(),
				calibration.temperature(), calibration.ngramTemperature(), this.cascadeConfidence, n);
	}

	static List<LabelledText> deduplicate(List<LabelledText> examples) {
		Map<String, LabelledText> byText = new LinkedHashMap<>();
		for (LabelledText example : examples) {
			if (example.text() == null || example.label() == null || example.label().isBlank()) {
				throw new IllegalArgumentException("every example needs a text and a label");
			}
			String key = TextFeatures.normalise(example.text());
			if (key.isEmpty()) {
				continue;
			}
			byText.remove(key);
			byText.put(key, new LabelledText(example.text(), example.label().strip()));
		}
		return new ArrayList<>(byText.values());
	}

	private SoftmaxRegression trainNgrams(List<SparseVector> all, int dimension, int[] targets, int labels, int[] rows,
			double c) {
		List<SparseVector> vectors = new ArrayList<>(rows.length);
		int[] y = new int[rows.length];
		for (int i = 0; i < rows.length; i++) {
			vectors.add(all.get(rows[i]));
			y[i] = targets[rows[i]];
		}
		return SoftmaxRegression.train(vectors, y, dimension, labels, 1.0 / (c * rows.length), this.recipe.epochs(),
				42);
	}

	private SoftmaxRegression trainEmbeddings(List<SparseVector> semantic, int[] targets, int labels, int[] rows) {
		List<SparseVector> vectors = new ArrayList<>(rows.length);
		int[] y = new int[rows.length];
		for (int i = 0; i < rows.length; i++) {
			vectors.add(semantic.get(rows[i]));
			y[i] = targets[rows[i]];
		}
		int dimension = semantic.get(0).size();
		return SoftmaxRegression.train(vectors, y, dimension, labels, 1.0 / (this.recipe.embeddingC() * rows.length),
				this.recipe.epochs(), 43);
	}

	/**
	 * Out-of-fold logits of both models, then the n-gram model's regularisation, the
	 * embedding weight and the temperature that minimise the log-loss of the combination.
	 * Large training sets use fewer folds and only the default regularisation (the choice
	 * matters with few examples, and training time matters with many). Too few examples:
	 * no calibration.
	 */
	private Calibration calibrate(List<TextFeatures.Counts> counts, @Nullable List<SparseVector> semantic,
			int[] targets, int labels) {
		int n = targets.length;
		double defaultWeight = (semantic != null) ? 1 : 0;
		double defaultC = this.recipe.cs()[0];
		int folds = (n > LARGE) ? 2 : FOLDS;
		if (n < folds * labels) {
			return new Calibration(defaultC, defaultWeight, 1, 1);
		}
		double[] cs = (n > LARGE) ? new double[] { defaultC } : this.recipe.cs();
		int[] fold = stratifiedFolds(targets, labels, folds);
		// document frequencies from every example: unsupervised, so no label leaks into
		// the folds
		NgramVocabulary vocabulary = NgramVocabulary.fit(counts, this.recipe.wordWeight());
		List<SparseVector> vectors = counts.stream().map(vocabulary::vector).toList();
		double[][][] ngramLogits = new double[cs.length][n][];
		double[][] semanticLogits = new double[n][];
		for (int f = 0; f < folds; f++) {
			int[] train = rows(fold, f, false);
			int[] held = rows(fold, f, true);
			for (int ci = 0; ci < cs.length; ci++) {
				if (this.mode.ngrams) {
					SoftmaxRegression model = trainNgrams(vectors, vocabulary.size(), targets, labels, train, cs[ci]);
					for (int row : held) {
						ngramLogits[ci][row] = model.logits(vectors.get(row));
					}
				}
				else {
					for (int row : held) {
						ngramLogits[ci][row] = new double[labels];
					}
				}
			}
			if (semantic != null) {
				SoftmaxRegression embeddingModel = trainEmbeddings(semantic, targets, labels, train);
				for (int row : held) {
					semanticLogits[row] = embeddingModel.logits(semantic.get(row));
				}
			}
		}
		double[] weights = (semantic == null) ? new double[] { 0 }
				: (this.mode != Mode.HYBRID) ? new double[] { 1 } : Double.isNaN(this.recipe.embeddingWeight())
						? EMBEDDING_WEIGHTS : new double[] { this.recipe.embeddingWeight() };
		Calibration best = new Calibration(defaultC, defaultWeight, 1, 1);
		double bestLoss = Double.POSITIVE_INFINITY;
		for (int ci = 0; ci < cs.length; ci++) {
			for (double weight : weights) {
				double[][] combined = new double[n][];
				for (int i = 0; i < n; i++) {
					combined[i] = ngramLogits[ci][i].clone();
					if (weight > 0) {
						for (int k = 0; k < labels; k++) {
							combined[i][k] += weight * semanticLogits[i][k];
						}
					}
				}
				double temperature = TemperatureScaling.fit(combined, targets);
				double loss = TemperatureScaling.logLoss(combined, targets, temperature);
				if (loss < bestLoss) {
					bestLoss = loss;
					best = new Calibration(cs[ci], weight, temperature, 1);
				}
			}
		}
		if (this.mode.ngrams) {
			// the n-gram model on its own, for the first step of the cascade
			double[][] ngramOnly = ngramLogits[indexOf(cs, best.c())];
			best = new Calibration(best.c(), best.embeddingWeight(), best.temperature(),
					TemperatureScaling.fit(ngramOnly, targets));
		}
		return best;
	}

	private static int[] stratifiedFolds(int[] targets, int labels, int folds) {
		int[] seen = new int[labels];
		int[] fold = new int[targets.length];
		for (int i = 0; i < targets.length; i++) {
			fold[i] = seen[targets[i]]++ % folds;
		}
		return fold;
	}

	private static int[] rows(int[] fold, int f, boolean held) {
		return java.util.stream.IntStream.range(0, fold.length).filter((i) -> (fold[i] == f) == held).toArray();
	}

	private static int[] all(int n) {
		return java.util.stream.IntStream.range(0, n).toArray();
	}

	private static int indexOf(double[] values, double value) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == value) {
				return i;
			}
		}
		return 0;
	}

	/**
	 * @param ngramTemperature temperature of the n-gram logits alone
	 */
	record Calibration(double c, double embeddingWeight, double temperature, double ngramTemperature) {
	}

	/**
	 * Hyper-parameters, chosen on the development sets (see eval/README.md).
	 *
	 * @param cs inverse L2 strengths of the n-gram model (as scikit-learn's C) to choose
	 * from by cross-validation, the first being the default
	 * @param embeddingC inverse L2 strength of the embedding model
	 * @param wordWeight share of word features against character n-grams
	 * @param epochs SGD passes
	 * @param embeddingWeight weight of the embedding model's logits, NaN to choose it by
	 * cross-validation
	 */
	record Recipe(TextFeatures features, double[] cs, double embeddingC, float wordWeight, int epochs,
			double embeddingWeight) {

		static final Recipe DEFAULT = new Recipe(TextFeatures.wordsAndCharacters(), new double[] { 10 }, 10, 0.6f, 10,
				Double.NaN);

		/** TF-IDF of words and word bigrams, C = 1: the usual baseline. */
		static final Recipe BASELINE = new Recipe(TextFeatures.wordsOnly(), new double[] { 1 }, 1, 1f, 10, 0);

	}

	/**
	 * Which models are combined.
	 */
	public enum Mode {

		/** Word and character n-grams with sentence embeddings: the default. */
		HYBRID(true, true),
		/** Word and character n-grams only: fast, no model to load. */
		NGRAM(true, false),
		/** Sentence embeddings only. */
		EMBEDDINGS(false, true),
		/** Word TF-IDF and logistic regression: the reference to beat. */
		BASELINE(true, false);

		final boolean ngrams;

		final boolean embeddings;

		Mode(boolean ngrams, boolean embeddings) {
			this.ngrams = ngrams;
			this.embeddings = embeddings;
		}

	}

}
