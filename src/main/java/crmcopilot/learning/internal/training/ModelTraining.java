package crmcopilot.learning.internal.training;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.Actors;
import crmcopilot.learning.internal.DataSource;
import crmcopilot.learning.internal.ExternalDataStore;
import crmcopilot.learning.internal.GlobalModel;
import crmcopilot.learning.internal.GlobalModelStore;
import crmcopilot.learning.internal.MerchantConfig;
import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.learning.internal.MerchantData;
import crmcopilot.learning.internal.ModelType;
import crmcopilot.learning.internal.RunMetrics;
import crmcopilot.learning.internal.RunSource;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.TrainingRunStore;
import crmcopilot.learning.internal.WeightStore;
import crmcopilot.learning.internal.WeightStore.StoredWeights;
import crmcopilot.learning.model.LogisticRegression;
import crmcopilot.learning.model.ModelMetrics;
import crmcopilot.learning.model.Personalization;
import crmcopilot.learning.model.SessionSchema;
import crmcopilot.learning.model.TrainOptions;
import crmcopilot.shared.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * Trains a merchant's models on its own rows: a local model, or the global model
 * fine-tuned at the merchant's personalisation level. Every run is recorded and
 * journalled.
 */
@Service
public class ModelTraining {

	/** Local SGD settings of every platform training. */
	public static final TrainOptions TRAINING = new TrainOptions(20, 32, 0.05, 1e-3, 0, 0.05, 0);

	private final TrainingData data;

	private final MerchantConfigStore configs;

	private final GlobalModelStore globals;

	private final WeightStore weights;

	private final TrainingRunStore runs;

	private final ExternalDataStore external;

	private final AuditJournal journal;

	ModelTraining(TrainingData data, MerchantConfigStore configs, GlobalModelStore globals, WeightStore weights,
			TrainingRunStore runs, ExternalDataStore external, AuditJournal journal) {
		this.data = data;
		this.configs = configs;
		this.globals = globals;
		this.weights = weights;
		this.runs = runs;
		this.external = external;
		this.journal = journal;
	}

	/** Trains a local model on the merchant's own rows and records the run. */
	public TrainingRun train(UUID workspaceId, String actor) {
		long start = System.nanoTime();
		MerchantConfig config = this.configs.config(workspaceId);
		MerchantData data = this.data.merchantData(workspaceId, config);
		double[] trained = LogisticRegression.train(data.train(), LogisticRegression.zeros(data.train().cols()),
				TRAINING);
		ModelMetrics metrics = ModelMetrics.evaluate(trained, data.heldOut());
		boolean external = !data.externalUsed().isEmpty();
		data.externalUsed().forEach(this.external::markUsedInTraining);
		StoredWeights stored = this.weights.save(workspaceId, trained, SessionSchema.standard());
		TrainingRun run = this.runs.save(workspaceId, this.runs.nextVersion(workspaceId), ModelType.LOCAL,
				data.summary(this.data.datasetName(workspaceId),
						sources(external ? List.of(DataSource.INTERNAL, DataSource.EXTERNAL)
								: List.of(DataSource.INTERNAL))),
				RunMetrics.of(metrics, Map.of()), external ? RunSource.HYBRID : RunSource.INTERNAL, stored,
				elapsedMs(start));
		this.configs.save(workspaceId, config.withLastTrainedAt(Instant.now()));
		this.journal.record(AuditEvent
			.of(workspaceId, "learning.model.trained", "training-run", run.id().toString(), null,
					Map.of("type", "local", "auc", metrics.auc(), "confidence", metrics.confidence()))
			.by(actor, Actors.type(actor)));
		return run;
	}

	/**
	 * Fine-tunes the latest global model on the merchant's rows at its personalisation
	 * level; the run is deployable only if it beats both a local-only and the global
	 * model on the merchant's held-out rows.
	 */
	public TrainingRun trainPersonalized(UUID workspaceId, String actor) {
		long start = System.nanoTime();
		MerchantConfig config = this.configs.config(workspaceId);
		GlobalModel global = this.globals.latest()
			.orElseThrow(() -> new InvalidInputException("globalModel", "learning.error.no-global-model", new Object[0],
					"no global model yet: aggregate first"));
		double[] globalWeights = this.globals.weights(global).weights();
		MerchantData data = this.data.merchantData(workspaceId, config);
		Personalization level = config.personalizationLevel();
		double[] tuned = level.fineTune(globalWeights, data.train(), TRAINING);
		double[] local = LogisticRegression.train(data.train(), LogisticRegression.zeros(data.train().cols()),
				TRAINING);
		ModelMetrics metrics = ModelMetrics.evaluate(tuned, data.heldOut());
		double localAuc = ModelMetrics.evaluate(local, data.heldOut()).auc();
		double globalAuc = ModelMetrics.evaluate(globalWeights, data.heldOut()).auc();
		Map<String, Object> extra = new LinkedHashMap<>();
		extra.put("localAuc", localAuc);
		extra.put("globalAuc", globalAuc);
		extra.put("globalVersion", global.version());
		extra.put("personalizationLevel", level.key());
		extra.put("deployable", metrics.auc() > localAuc && metrics.auc() > globalAuc);
		boolean external = !data.externalUsed().isEmpty();
		StoredWeights stored = this.weights.save(workspaceId, tuned, SessionSchema.standard());
		TrainingRun run = this.runs.save(workspaceId, this.runs.nextVersion(workspaceId), ModelType.PERSONALIZED,
				data.summary(this.data.datasetName(workspaceId),
						sources(external ? List.of(DataSource.INTERNAL, DataSource.EXTERNAL, DataSource.FEDERATED)
								: List.of(DataSource.INTERNAL, DataSource.FEDERATED))),
				RunMetrics.of(metrics, extra), external ? RunSource.HYBRID : RunSource.FEDERATED, stored,
				elapsedMs(start));
		this.configs.save(workspaceId, config.withLastTrainedAt(Instant.now()));
		this.journal.record(AuditEvent
			.of(workspaceId, "learning.model.personalized", "training-run", run.id().toString(), null,
					Map.of("auc", metrics.auc(), "localAuc", localAuc, "globalAuc", globalAuc))
			.by(actor, Actors.type(actor)));
		return run;
	}

	private static List<String> sources(List<DataSource> sources) {
		return sources.stream().map(DataSource::value).toList();
	}

	static long elapsedMs(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

}
