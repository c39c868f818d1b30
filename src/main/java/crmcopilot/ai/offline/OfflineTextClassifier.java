package crmcopilot.ai.offline;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import crmcopilot.ai.Prediction;
import crmcopilot.ai.TextClassifier;
import crmcopilot.ai.TextEmbeddings;

import org.jspecify.annotations.Nullable;

/**
 * The offline classifier: a softmax regression over TF-IDF n-gram features, optionally
 * summed with a softmax regression over sentence embeddings, then temperature-scaled so
 * that confidences are calibrated (the weight and the temperature are fitted on
 * cross-validated predictions of the training examples).
 */
final class OfflineTextClassifier implements TextClassifier {

	private final List<String> labels;

	private final TextFeatures features;

	private final NgramVocabulary vocabulary;

	private final SoftmaxRegression ngramModel;

	private final double ngramWeight;

	private final @Nullable SoftmaxRegression embeddingModel;

	private final @Nullable TextEmbeddings embeddings;

	private final double embeddingWeight;

	private final double temperature;

	private final double ngramTemperature;

	private final double cascadeConfidence;

	private final int exampleCount;

	OfflineTextClassifier(List<String> labels, TextFeatures features, NgramVocabulary vocabulary,
			SoftmaxRegression ngramModel, double ngramWeight, @Nullable SoftmaxRegression embeddingModel,
			@Nullable TextEmbeddings embeddings, double embeddingWeight, double temperature, double ngramTemperature,
			double cascadeConfidence, int exampleCount) {
		this.labels = List.copyOf(labels);
		this.features = features;
		this.vocabulary = vocabulary;
		this.ngramModel = ngramModel;
		this.ngramWeight = ngramWeight;
		this.embeddingModel = embeddingModel;
		this.embeddings = embeddings;
		this.embeddingWeight = embeddingWeight;
		this.temperature = temperature;
		this.ngramTemperature = ngramTemperature;
		this.cascadeConfidence = cascadeConfidence;
		this.exampleCount = exampleCount;
	}

	@Override
	public Prediction predict(String text) {
		double[] probabilities = probabilities(text);
		int best = 0;
		Map<String, Double> byLabel = new LinkedHashMap<>();
		for (int k = 0; k < probabilities.length; k++) {
			byLabel.put(this.labels.get(k), probabilities[k]);
			if (probabilities[k] > probabilities[best]) {
				best = k;
			}
		}
		return new Prediction(this.labels.get(best), probabilities[best], byLabel);
	}

	/**
	 * Calibrated probabilities in the order of {@link #labelList()}. A cascade: when the
	 * n-gram model alone is sure enough (its own calibrated confidence at least
	 * {@code cascadeConfidence}), its probabilities are the answer and the text is not
	 * embedded (the costly part); otherwise both models are combined.
	 */
	double[] probabilities(String text) {
		double[] logits = this.ngramModel.logits(this.vocabulary.vector(this.features.counts(text)));
		for (int k = 0; k < logits.length; k++) {
			logits[k] *= this.ngramWeight;
		}
		if (this.embeddingModel != null && this.embeddings != null && this.embeddingWeight > 0) {
			if (this.ngramWeight > 0 && this.cascadeConfidence < 1) {
				double[] ngramOnly = new double[logits.length];
				double best = 0;
				for (int k = 0; k < logits.length; k++) {
					ngramOnly[k] = logits[k] / this.ngramTemperature;
				}
				SoftmaxRegression.softmaxInPlace(ngramOnly);
				for (double p : ngramOnly) {
					best = Math.max(best, p);
				}
				if (best >= this.cascadeConfidence) {
					return ngramOnly;
				}
			}
			double[] semantic = this.embeddingModel.logits(Embeddings.vector(this.embeddings.embed(text)));
			for (int k = 0; k < logits.length; k++) {
				logits[k] += this.embeddingWeight * semantic[k];
			}
		}
		for (int k = 0; k < logits.length; k++) {
			logits[k] /= this.temperature;
		}
		SoftmaxRegression.softmaxInPlace(logits);
		return logits;
	}

	List<String> labelList() {
		return this.labels;
	}

	@Override
	public Set<String> labels() {
		return new LinkedHashSet<>(this.labels);
	}

	@Override
	public int exampleCount() {
		return this.exampleCount;
	}

	boolean usesEmbeddings() {
		return this.embeddingModel != null && this.embeddingWeight > 0;
	}

	double embeddingWeight() {
		return this.embeddingWeight;
	}

	double temperature() {
		return this.temperature;
	}

	/**
	 * Temperature of the n-gram model's logits on their own (the cascade's first step).
	 */
	double ngramTemperature() {
		return this.ngramTemperature;
	}

	double cascadeConfidence() {
		return this.cascadeConfidence;
	}

	@Override
	public TextClassifier withCascade(double confidence) {
		return (confidence == this.cascadeConfidence || !usesEmbeddings()) ? this : withCascadeConfidence(confidence);
	}

	/**
	 * The same model with another cascade threshold (1 or more: always combine both
	 * models).
	 */
	OfflineTextClassifier withCascadeConfidence(double confidence) {
		return new OfflineTextClassifier(this.labels, this.features, this.vocabulary, this.ngramModel, this.ngramWeight,
				this.embeddingModel, this.embeddings, this.embeddingWeight, this.temperature, this.ngramTemperature,
				confidence, this.exampleCount);
	}

	TextFeatures features() {
		return this.features;
	}

	NgramVocabulary vocabulary() {
		return this.vocabulary;
	}

	SoftmaxRegression ngramModel() {
		return this.ngramModel;
	}

	double ngramWeight() {
		return this.ngramWeight;
	}

	@Nullable SoftmaxRegression embeddingModel() {
		return this.embeddingModel;
	}

}
