package crmcopilot.learning.internal.training;

import java.util.Optional;
import java.util.UUID;

import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.learning.internal.RunMetrics;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.TrainingRunStore;
import crmcopilot.learning.internal.WeightStore;
import crmcopilot.learning.model.Dataset;
import crmcopilot.learning.model.ModelMetrics;

import org.springframework.stereotype.Component;

/**
 * Scores runs of a merchant on the held-out rows of its current dataset, so that two
 * models are always compared on the same rows whatever data they were trained on.
 */
@Component
class HeldOutScores {

	private final TrainingData data;

	private final MerchantConfigStore configs;

	private final TrainingRunStore runs;

	private final WeightStore weights;

	HeldOutScores(TrainingData data, MerchantConfigStore configs, TrainingRunStore runs, WeightStore weights) {
		this.data = data;
		this.configs = configs;
		this.runs = runs;
		this.weights = weights;
	}

	/** The held-out rows to compare on; empty when the merchant has no dataset. */
	Optional<Dataset> heldOut(UUID workspaceId) {
		if (!this.data.hasDataset(workspaceId)) {
			return Optional.empty();
		}
		return Optional.of(this.data.merchantData(workspaceId, this.configs.config(workspaceId)).heldOut());
	}

	/** The run's AUC on those rows, rounded as recorded metrics are. */
	double auc(UUID workspaceId, TrainingRun run, Dataset heldOut) {
		double[] parameters = this.weights.find(workspaceId, this.runs.weightsId(workspaceId, run.id())).weights();
		return RunMetrics.round(ModelMetrics.evaluate(parameters, heldOut).auc());
	}

}
