package crmcopilot.ai;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Per-workspace classifiers, one per purpose (e.g. {@code support-category}), persisted
 * with their examples. Adding examples (an agent's correction, say) retrains the model.
 */
public interface WorkspaceClassifiers {

	Optional<TextClassifier> get(UUID workspaceId, String purpose);

	/** Stores the examples and retrains; {@code source} says where they came from. */
	TextClassifier addExamples(UUID workspaceId, String purpose, List<LabelledText> examples, String source);

	List<LabelledText> examples(UUID workspaceId, String purpose);

	/**
	 * Removes every stored example with exactly this text and label, and retrains when
	 * one was removed (with fewer than two labels left, {@link #get} becomes empty).
	 * @return how many examples were removed (0 when none matched)
	 */
	int removeExample(UUID workspaceId, String purpose, LabelledText example);

}
