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

}
