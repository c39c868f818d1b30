package crmcopilot.ai;

import java.util.List;

/** Trains the offline classifier from labelled examples (a few per label suffice). */
public interface TextClassifierTrainer {

	/**
	 * @throws IllegalArgumentException with fewer than two labels
	 */
	TextClassifier train(List<LabelledText> examples);

}
