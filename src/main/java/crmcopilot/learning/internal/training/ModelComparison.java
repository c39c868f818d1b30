package crmcopilot.learning.internal.training;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.learning.internal.GlobalModelStore;
import crmcopilot.learning.internal.ModelType;
import crmcopilot.learning.internal.RunMetrics;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.TrainingRunStore;
import crmcopilot.learning.model.Dataset;
import crmcopilot.learning.model.ModelMetrics;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The merchant's latest local model, the global model, its latest personalised model and
 * the model serving it, all scored on the same held-out rows of its current dataset: what
 * the federation brings to this merchant.
 */
@Service
public class ModelComparison {

	/**
	 * AUCs on the same rows; null where the merchant has no such model.
	 *
	 * @param rows held-out rows scored
	 */
	public record Scores(int rows, @Nullable Double local, @Nullable Double global, @Nullable Double personalized,
			@Nullable Double deployed) {
	}

	private final HeldOutScores scores;

	private final TrainingRunStore runs;

	private final GlobalModelStore globals;

	ModelComparison(HeldOutScores scores, TrainingRunStore runs, GlobalModelStore globals) {
		this.scores = scores;
		this.runs = runs;
		this.globals = globals;
	}

	/** Empty when the merchant has no dataset to score on. */
	public Optional<Scores> scores(UUID workspaceId) {
		Optional<Dataset> found = this.scores.heldOut(workspaceId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Dataset heldOut = found.get();
		List<TrainingRun> runs = this.runs.runs(workspaceId, 100);
		Double global = this.globals.latest()
			.map((model) -> RunMetrics
				.round(ModelMetrics.evaluate(this.globals.weights(model).weights(), heldOut).auc()))
			.orElse(null);
		return Optional.of(new Scores(heldOut.rows(), latest(workspaceId, runs, ModelType.LOCAL, heldOut), global,
				latest(workspaceId, runs, ModelType.PERSONALIZED, heldOut),
				runs.stream()
					.filter(TrainingRun::deployed)
					.findFirst()
					.map((run) -> this.scores.auc(workspaceId, run, heldOut))
					.orElse(null)));
	}

	private @Nullable Double latest(UUID workspaceId, List<TrainingRun> runs, ModelType type, Dataset heldOut) {
		return runs.stream()
			.filter((run) -> run.modelType() == type)
			.findFirst()
			.map((run) -> this.scores.auc(workspaceId, run, heldOut))
			.orElse(null);
	}

}
