package crmcopilot.learning.internal.worker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.Actors;
import crmcopilot.learning.internal.DriftAlert;
import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.internal.MerchantConfig;
import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.learning.internal.Platform;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.TrainingRunStore;
import crmcopilot.learning.internal.drift.DriftMonitor;
import crmcopilot.learning.internal.external.CrawlerJobProcessor;
import crmcopilot.learning.internal.federation.AggregationRequest;
import crmcopilot.learning.internal.federation.FederatedAggregation;
import crmcopilot.learning.internal.federation.NotEnoughContributorsException;
import crmcopilot.learning.internal.training.Deployments;
import crmcopilot.learning.internal.training.JdbcTrainingSources;
import crmcopilot.learning.internal.training.ModelTraining;
import crmcopilot.learning.internal.training.TrainingData;
import crmcopilot.learning.internal.training.WorseThanDeployedException;

import org.springframework.stereotype.Service;

/**
 * The nightly learning worker: (1) retrains merchants whose deployed model drifts
 * (through the deploy gate), (2) trains merchants whose frequency is due, (3) aggregates
 * when enough new runs exist, (4) processes pending crawler jobs by priority, (5)
 * auto-deploys models above the merchant's confidence threshold that beat the deployed
 * one. Each step is journalled; one merchant's failure is recorded and never stops the
 * others.
 */
@Service
public class LearningWorker {

	private static final Logger log = LoggerFactory.getLogger(LearningWorker.class);

	/**
	 * What one pass did.
	 *
	 * @param failures merchant id and message of every failure
	 */
	public record Report(int retrainedForDrift, int trained, int aggregatedModels, int crawlerJobs, int deployed,
			List<String> failures) {

		public String summary() {
			return "drift_retrained=%d trained=%d aggregated=%d crawler_jobs=%d deployed=%d failures=%d".formatted(
					this.retrainedForDrift, this.trained, this.aggregatedModels, this.crawlerJobs, this.deployed,
					this.failures.size());
		}

	}

	private final MerchantConfigStore configs;

	private final TrainingRunStore runs;

	private final TrainingData data;

	private final JdbcTrainingSources jdbcSources;

	private final ModelTraining training;

	private final FederatedAggregation aggregation;

	private final Deployments deployments;

	private final CrawlerJobProcessor crawlerJobs;

	private final AuditJournal journal;

	private final LearningSettings settings;

	private final DriftMonitor drift;

	LearningWorker(MerchantConfigStore configs, TrainingRunStore runs, TrainingData data,
			JdbcTrainingSources jdbcSources, ModelTraining training, FederatedAggregation aggregation,
			Deployments deployments, CrawlerJobProcessor crawlerJobs, AuditJournal journal, LearningSettings settings,
			DriftMonitor drift) {
		this.drift = drift;
		this.configs = configs;
		this.runs = runs;
		this.data = data;
		this.jdbcSources = jdbcSources;
		this.training = training;
		this.aggregation = aggregation;
		this.deployments = deployments;
		this.crawlerJobs = crawlerJobs;
		this.journal = journal;
		this.settings = settings;
	}

	public Report runOnce() {
		List<String> failures = new ArrayList<>();
		int retrained = retrainDrifting(failures);
		int trained = trainDue(failures);
		int aggregated = aggregateIfEnough();
		int jobs = 0;
		try {
			jobs = this.crawlerJobs.processPending();
		}
		catch (RuntimeException ex) {
			log.error("Crawler jobs failed", ex);
			failures.add("crawler: " + ex.getMessage());
		}
		int deployed = autoDeploy(failures);
		Report report = new Report(retrained, trained, aggregated, jobs, deployed, failures);
		this.journal.record(
				AuditEvent
					.of(Platform.WORKSPACE, "learning.worker.completed", "worker", null, null,
							Map.of("driftRetrained", retrained, "trained", trained, "aggregated", aggregated,
									"crawlerJobs", jobs, "deployed", deployed, "failures", failures.size()))
					.by(Actors.SYSTEM, "system"));
		return report;
	}

	/**
	 * Retrains each merchant whose deployed model was just found drifting; the new model
	 * serves only if it beats the drifting one on the merchant's held-out rows.
	 */
	private int retrainDrifting(List<String> failures) {
		int retrained = 0;
		for (MerchantConfig config : this.configs.all()) {
			UUID merchant = config.merchantId();
			try {
				Optional<DriftAlert> alert = this.drift.check(merchant);
				if (alert.isEmpty()) {
					continue;
				}
				TrainingRun run = this.training.train(merchant, Actors.SYSTEM);
				boolean deployed = true;
				try {
					this.deployments.deploy(merchant, run.id(), Actors.SYSTEM, Deployments.DeployRequest
						.of("drift of " + alert.get().modelVersion() + " in week " + alert.get().isoWeek()));
				}
				catch (WorseThanDeployedException ex) {
					deployed = false;
				}
				this.drift.retrained(merchant, alert.get(), run, deployed);
				retrained++;
			}
			catch (RuntimeException ex) {
				failures.add(merchant + ": " + ex.getMessage());
				this.journal.record(
						AuditEvent
							.of(merchant, "learning.worker.drift.failed", "merchant-config", merchant.toString(),
									ex.getMessage(), Map.of())
							.by(Actors.SYSTEM, "system"));
			}
		}
		return retrained;
	}

	private int trainDue(List<String> failures) {
		int trained = 0;
		Instant now = Instant.now();
		for (MerchantConfig config : this.configs.all()) {
			UUID merchant = config.merchantId();
			if (!config.trainingDue(now) || !this.data.hasDataset(merchant)) {
				continue;
			}
			try {
				this.jdbcSources.refresh(merchant, Actors.SYSTEM);
				this.training.train(merchant, Actors.SYSTEM);
				trained++;
			}
			catch (RuntimeException ex) {
				failures.add(merchant + ": " + ex.getMessage());
				this.journal.record(
						AuditEvent
							.of(merchant, "learning.worker.training.failed", "merchant-config", merchant.toString(),
									ex.getMessage(), Map.of())
							.by(Actors.SYSTEM, "system"));
			}
		}
		return trained;
	}

	private int aggregateIfEnough() {
		int fresh = this.runs.countUnaggregated();
		if (fresh < this.settings.minNewRuns()) {
			return 0;
		}
		try {
			this.aggregation.aggregate(AggregationRequest.defaults(), Platform.WORKSPACE, Actors.SYSTEM);
			return 1;
		}
		catch (NotEnoughContributorsException ex) {
			this.journal.record(
					AuditEvent
						.of(Platform.WORKSPACE, "learning.worker.aggregation.skipped", "worker", null, ex.getMessage(),
								Map.of())
						.by(Actors.SYSTEM, "system"));
			return 0;
		}
	}

	private int autoDeploy(List<String> failures) {
		int deployed = 0;
		for (MerchantConfig config : this.configs.all()) {
			if (!config.autoDeploy()) {
				continue;
			}
			UUID merchant = config.merchantId();
			try {
				List<TrainingRun> runs = this.runs.runs(merchant, 50);
				Optional<TrainingRun> current = runs.stream().filter(TrainingRun::deployed).findFirst();
				Optional<TrainingRun> candidate = runs.stream()
					.filter((run) -> !run.deployed())
					.filter((run) -> run.metric("confidence") >= config.minConfidence())
					.filter(TrainingRun::deployable)
					.filter((run) -> current.isEmpty() || run.metric("auc") > current.get().metric("auc"))
					.max(Comparator.comparingDouble((TrainingRun run) -> run.metric("auc")));
				if (candidate.isPresent()) {
					this.deployments.deploy(merchant, candidate.get().id(), Actors.SYSTEM,
							Deployments.DeployRequest.of("auto-deploy: confidence %.3f ≥ %.2f"
								.formatted(candidate.get().metric("confidence"), config.minConfidence())));
					deployed++;
				}
			}
			catch (WorseThanDeployedException ex) {
				// the deployed model does better on the merchant's own rows: it keeps
				// serving
				this.journal.record(AuditEvent
					.of(merchant, "learning.worker.deploy.skipped", "merchant-config", merchant.toString(),
							ex.getMessage(), Map.of("candidateAuc", ex.candidateAuc(), "deployedAuc", ex.deployedAuc()))
					.by(Actors.SYSTEM, "system"));
			}
			catch (RuntimeException ex) {
				failures.add(merchant + ": " + ex.getMessage());
				this.journal.record(
						AuditEvent
							.of(merchant, "learning.worker.deploy.failed", "merchant-config", merchant.toString(),
									ex.getMessage(), Map.of())
							.by(Actors.SYSTEM, "system"));
			}
		}
		return deployed;
	}

}
