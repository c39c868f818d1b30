package crmcopilot.learning.internal.federation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.Actors;
import crmcopilot.learning.internal.DataSource;
import crmcopilot.learning.internal.GlobalModel;
import crmcopilot.learning.internal.GlobalModelStore;
import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.internal.MerchantConfig;
import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.learning.internal.MerchantData;
import crmcopilot.learning.internal.ModelType;
import crmcopilot.learning.internal.Platform;
import crmcopilot.learning.internal.RunMetrics;
import crmcopilot.learning.internal.RunSource;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.TrainingRunStore;
import crmcopilot.learning.internal.WeightStore;
import crmcopilot.learning.internal.WeightStore.StoredWeights;
import crmcopilot.learning.internal.training.ModelTraining;
import crmcopilot.learning.internal.training.TrainingData;
import crmcopilot.learning.model.FederatedAveraging;
import crmcopilot.learning.model.LogisticRegression;
import crmcopilot.learning.model.ModelMetrics;
import crmcopilot.learning.model.SessionSchema;
import crmcopilot.learning.model.secure.SecureAggregation;

import org.springframework.stereotype.Service;

/**
 * Federated rounds run by the platform over the merchants that enabled the federated
 * source: each trains the current global model on its own rows (only its parameters and
 * example count come back), the server merges them, and each merchant evaluates the
 * result on its held-out rows (only metrics come back).
 */
@Service
public class FederatedAggregation {

	private final MerchantConfigStore configs;

	private final TrainingData data;

	private final GlobalModelStore globals;

	private final WeightStore weights;

	private final TrainingRunStore runs;

	private final AuditJournal journal;

	private final LearningSettings settings;

	FederatedAggregation(MerchantConfigStore configs, TrainingData data, GlobalModelStore globals, WeightStore weights,
			TrainingRunStore runs, AuditJournal journal, LearningSettings settings) {
		this.configs = configs;
		this.data = data;
		this.globals = globals;
		this.weights = weights;
		this.runs = runs;
		this.journal = journal;
		this.settings = settings;
	}

	/**
	 * Runs the rounds and stores the next global model; every participant gets a
	 * federated run with its held-out metrics.
	 * @throws NotEnoughContributorsException below {@code minContributors}
	 */
	public GlobalModel aggregate(AggregationRequest request, UUID callerWorkspace, String actor) {
		AggregationRequest.Checked checked = request.check(this.settings);
		List<FederatedAveraging.Participant> participants = participants();
		if (participants.size() < checked.minContributors()) {
			throw new NotEnoughContributorsException(participants.size(), checked.minContributors());
		}
		if (checked.secureAggregation() && participants.size() < SecureAggregation.threshold(participants.size())) {
			// a sum of one update is that update: masking it would hide nothing
			throw new NotEnoughContributorsException(participants.size(), 2);
		}
		long start = System.nanoTime();
		double[] startWeights = this.globals.latest()
			.map((global) -> this.globals.weights(global).weights())
			.orElse(LogisticRegression.zeros(SessionSchema.standard().dimension()));
		FederatedAveraging.Options options = new FederatedAveraging.Options(checked.rounds(),
				ModelTraining.TRAINING.withEpochs(1).withProximalMu(checked.fedProxMu()), checked.method(),
				checked.trimFraction(), this.settings.maxClaimedExamples(), checked.privacy(), 0,
				checked.secureAggregation());
		FederatedAveraging.Result result = FederatedAveraging.run(startWeights, participants, options);
		StoredWeights stored = this.weights.save(Platform.WORKSPACE, result.global(), SessionSchema.standard());
		List<String> contributing = new ArrayList<>();
		long totalPoints = 0;
		double accuracy = 0;
		for (FederatedAveraging.Participant participant : participants) {
			UUID merchant = UUID.fromString(participant.id());
			ModelMetrics metrics = ModelMetrics.evaluate(result.global(), participant.heldOut());
			StoredWeights merchantCopy = this.weights.save(merchant, result.global(), SessionSchema.standard());
			TrainingRun run = this.runs.save(merchant, this.runs.nextVersion(merchant), ModelType.FEDERATED,
					Map.of("trainRows", participant.train().rows(), "heldOutRows", participant.heldOut().rows(),
							"sources", List.of(DataSource.FEDERATED.value())),
					RunMetrics.of(metrics, Map.of()), RunSource.FEDERATED, merchantCopy,
					(System.nanoTime() - start) / 1_000_000);
			contributing.add(run.id().toString());
			totalPoints += Math.min(participant.train().rows(), this.settings.maxClaimedExamples());
			accuracy += metrics.accuracy();
		}
		Map<String, Object> metrics = metrics(result, checked, participants.size(), totalPoints, accuracy);
		this.runs.markAllAggregated();
		GlobalModel model = this.globals.save(checked.method(), metrics, contributing, stored);
		this.journal.record(AuditEvent
			.of(callerWorkspace, "learning.global.aggregated", "global-model", String.valueOf(model.version()), null,
					Map.of("contributors", participants.size(), "rounds", checked.rounds(), "method",
							checked.method().key(), "secureAggregation", checked.secureAggregation()))
			.by(actor, Actors.type(actor)));
		return model;
	}

	/** Every merchant that enabled the federated source and imported rows. */
	private List<FederatedAveraging.Participant> participants() {
		List<FederatedAveraging.Participant> participants = new ArrayList<>();
		for (MerchantConfig config : this.configs.all()) {
			if (!config.uses(DataSource.FEDERATED) || !this.data.hasDataset(config.merchantId())) {
				continue;
			}
			MerchantData data = this.data.merchantData(config.merchantId(), config);
			participants
				.add(new FederatedAveraging.Participant(config.merchantId().toString(), data.train(), data.heldOut()));
		}
		return participants;
	}

	private Map<String, Object> metrics(FederatedAveraging.Result result, AggregationRequest.Checked checked,
			int participants, long totalPoints, double accuracy) {
		FederatedAveraging.RoundReport last = result.rounds().get(result.rounds().size() - 1);
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("avg_accuracy", RunMetrics.round(accuracy / participants));
		metrics.put("avg_auc", RunMetrics.round(last.auc()));
		metrics.put("contributing_merchants", participants);
		metrics.put("total_data_points", totalPoints);
		metrics.put("rounds",
				result.rounds()
					.stream()
					.map((r) -> Map.of("round", r.round(), "auc", RunMetrics.round(r.auc()), "accuracy",
							RunMetrics.round(r.accuracy()), "logLoss", RunMetrics.round(r.logLoss())))
					.toList());
		metrics.put("fedProxMu", checked.fedProxMu());
		metrics.put("maxClaimedExamples", this.settings.maxClaimedExamples());
		metrics.put("secureAggregation", checked.secureAggregation());
		FederatedAveraging.Privacy privacy = checked.privacy();
		if (privacy != null) {
			metrics.put("privacy",
					Map.of("clipNorm", privacy.clipNorm(), "noiseMultiplier", privacy.noiseMultiplier(), "epsilon",
							RunMetrics.round(result.epsilon()), "delta", privacy.delta(), "accountant",
							"rdp-sampled-gaussian"));
		}
		return metrics;
	}

	public Optional<GlobalModel> latestGlobal() {
		return this.globals.latest();
	}

	public List<GlobalModel> globalModels() {
		return this.globals.list(50);
	}

}
