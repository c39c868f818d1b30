package crmcopilot.ai;

import java.util.Set;

/** A trained text classifier (immutable; retraining makes a new one). */
public interface TextClassifier {

	Prediction predict(String text);

	Set<String> labels();

	int exampleCount();

	/**
	 * This classifier as a cascade, for callers that favour speed: when it combines a
	 * cheap model with a costly one (n-grams and sentence embeddings), the cheap one
	 * answers alone whenever it is at least {@code confidence} sure. 1 means always
	 * combine; a classifier of a single model returns itself.
	 */
	default TextClassifier withCascade(double confidence) {
		return this;
	}

}
