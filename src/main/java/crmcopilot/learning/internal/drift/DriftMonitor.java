package crmcopilot.learning.internal.drift;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.Actors;
import crmcopilot.learning.internal.Deployment;
import crmcopilot.learning.internal.DeploymentStore;
import crmcopilot.learning.internal.DriftAlert;
import crmcopilot.learning.internal.DriftAlertStore;
import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.internal.MerchantData;
import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.TrainingRunStore;
import crmcopilot.learning.internal.WeightStore;
import crmcopilot.learning.internal.training.TrainingData;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Watches merchants' deployed models on the rows dated after their deployment: weekly
 * predicted against observed conversion and the AUC on recent weeks. A model crossing a
 * threshold gets one alert, journalled once; the learning worker then retrains the
 * merchant.
 */
@Service
public class DriftMonitor {

	/** A merchant's deployed model, its weekly figures and its alert, if any. */
	public record Status(TrainingRun run, LocalDate deployedOn, @Nullable Double baselineAuc, DriftFigures figures,
			LearningSettings.Drift thresholds, @Nullable DriftAlert alert) {
	}

	private final TrainingData data;

	private final MerchantConfigStore configs;

	private final TrainingRunStore runs;

	private final DeploymentStore deployments;

	private final WeightStore weights;

	private final DriftAlertStore alerts;

	private final AuditJournal journal;

	private final LearningSettings.Drift thresholds;

	private final Clock clock;

	@Autowired
	DriftMonitor(TrainingData data, MerchantConfigStore configs, TrainingRunStore runs, DeploymentStore deployments,
			WeightStore weights, DriftAlertStore alerts, AuditJournal journal, LearningSettings settings) {
		this(data, configs, runs, deployments, weights, alerts, journal, settings.drift(), Clock.systemUTC());
	}

	DriftMonitor(TrainingData data, MerchantConfigStore configs, TrainingRunStore runs, DeploymentStore deployments,
			WeightStore weights, DriftAlertStore alerts, AuditJournal journal, LearningSettings.Drift thresholds,
			Clock clock) {
		this.data = data;
		this.configs = configs;
		this.runs = runs;
		this.deployments = deployments;
		this.weights = weights;
		this.alerts = alerts;
		this.journal = journal;
		this.thresholds = thresholds;
		this.clock = clock;
	}

	/**
	 * The figures of the merchant's deployed model; empty without one or without rows.
	 */
	public Optional<Status> status(UUID workspaceId) {
		Optional<TrainingRun> deployed = this.runs.deployed(workspaceId);
		if (deployed.isEmpty() || !this.data.hasDataset(workspaceId)) {
			return Optional.empty();
		}
		TrainingRun run = deployed.get();
		Optional<Deployment> since = this.deployments.history(workspaceId, 50)
			.stream()
			.filter((deployment) -> deployment.runId().equals(run.id()))
			.findFirst();
		LocalDate deployedOn = LocalDate.ofInstant(since.map(Deployment::createdAt).orElse(run.createdAt()),
				ZoneOffset.UTC);
		Double baseline = since.map(Deployment::candidateAuc).orElse(null);
		if (baseline == null && run.metrics().containsKey("auc")) {
			baseline = run.metric("auc");
		}
		MerchantData rows = this.data.merchantData(workspaceId, this.configs.config(workspaceId));
		double[] parameters = this.weights.find(workspaceId, this.runs.weightsId(workspaceId, run.id())).weights();
		DriftFigures figures = DriftFigures.of(rows.rows(), rows.label(), parameters, deployedOn,
				LocalDate.now(this.clock), this.thresholds.recentWeeks(), this.thresholds.minRows());
		return Optional.of(new Status(run, deployedOn, baseline, figures, this.thresholds,
				this.alerts.forRun(workspaceId, run.id()).orElse(null)));
	}

	/**
	 * Judges the merchant's deployed model and raises an alert when it crosses a
	 * threshold and none was raised for it yet.
	 * @return the new alert, empty when the model holds or was already alerted on
	 */
	public Optional<DriftAlert> check(UUID workspaceId) {
		Optional<Status> status = status(workspaceId);
		if (status.isEmpty()) {
			return Optional.empty();
		}
		Status current = status.get();
		DriftAlert raised = current.alert();
		if (raised != null && raised.runId().equals(current.run().id())) {
			return Optional.empty();
		}
		DriftFigures.Week week = current.figures().latestFullWeek(this.thresholds.minRows());
		Double recentAuc = current.figures().recentAuc();
		boolean gapExceeded = week != null && Math.abs(week.gap()) > this.thresholds.maxGap();
		Double baseline = current.baselineAuc();
		boolean aucDropped = recentAuc != null && baseline != null
				&& baseline - recentAuc > this.thresholds.maxAucDrop();
		if (week == null || !(gapExceeded || aucDropped)) {
			return Optional.empty();
		}
		DriftAlert alert = new DriftAlert(UUID.randomUUID(), current.run().id(), current.run().modelVersion(),
				week.isoWeek(), week.rows(), week.predicted(), week.observed(), recentAuc, baseline, gapExceeded,
				aucDropped, null, null, null, this.clock.instant());
		this.alerts.save(workspaceId, alert);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("modelVersion", alert.modelVersion());
		details.put("week", alert.isoWeek());
		details.put("rows", alert.weekRows());
		details.put("predicted", alert.predicted());
		details.put("observed", alert.observed());
		details.put("maxGap", this.thresholds.maxGap());
		if (recentAuc != null && baseline != null) {
			details.put("recentAuc", recentAuc);
			details.put("baselineAuc", baseline);
			details.put("maxAucDrop", this.thresholds.maxAucDrop());
		}
		this.journal.record(AuditEvent
			.of(workspaceId, "learning.drift.detected", "training-run", alert.runId().toString(), null, details)
			.by(Actors.SYSTEM, "system"));
		return Optional.of(alert);
	}

	/** Records what retraining after the alert gave. */
	public DriftAlert retrained(UUID workspaceId, DriftAlert alert, TrainingRun run, boolean deployed) {
		DriftAlert updated = alert.retrained(run.id(), run.modelVersion(), deployed);
		this.alerts.saveRetrain(workspaceId, updated);
		this.journal.record(
				AuditEvent
					.of(workspaceId, "learning.drift.retrained", "training-run", run.id().toString(), null,
							Map.of("driftingVersion", alert.modelVersion(), "modelVersion", run.modelVersion(),
									"deployed", deployed))
					.by(Actors.SYSTEM, "system"));
		return updated;
	}

}
