package crmcopilot.ai;

import java.util.Set;

/** A trained text classifier (immutable; retraining makes a new one). */
public interface TextClassifier {

	Prediction predict(String text);

	Set<String> labels();

	int exampleCount();

}
