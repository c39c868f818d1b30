package crmcopilot.learning.internal.worker;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.DriftAlert;
import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.internal.MerchantConfig;
import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.learning.internal.MerchantPrivacy;
import crmcopilot.learning.internal.ModelType;
import crmcopilot.learning.internal.RunSource;
import crmcopilot.learning.internal.TrainingFrequency;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.TrainingRunStore;
import crmcopilot.learning.internal.drift.DriftMonitor;
import crmcopilot.learning.internal.external.CrawlerJobProcessor;
import crmcopilot.learning.internal.federation.FederatedAggregation;
import crmcopilot.learning.internal.training.Deployments;
import crmcopilot.learning.internal.training.JdbcTrainingSources;
import crmcopilot.learning.internal.training.ModelTraining;
import crmcopilot.learning.internal.training.TrainingData;
import crmcopilot.learning.internal.training.WorseThanDeployedException;
import crmcopilot.learning.model.Personalization;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class LearningWorkerTests {

	static final UUID MERCHANT = UUID.randomUUID();

	final MerchantConfigStore configs = mock(MerchantConfigStore.class);

	final TrainingRunStore runs = mock(TrainingRunStore.class);

	final Deployments deployments = mock(Deployments.class);

	final AuditJournal journal = mock(AuditJournal.class);

	final ModelTraining training = mock(ModelTraining.class);

	final DriftMonitor drift = mock(DriftMonitor.class);

	final LearningWorker worker = new LearningWorker(this.configs, this.runs, mock(TrainingData.class),
			mock(JdbcTrainingSources.class), this.training, mock(FederatedAggregation.class), this.deployments,
			mock(CrawlerJobProcessor.class), this.journal,
			new LearningSettings("0 2 * * *", 20, 3, 3, 100_000, 3, false, 1e-5, 1000, 500_000, DataSize.ofMegabytes(1),
					10, 1_500_000, LearningSettings.Drift.DEFAULTS),
			this.drift);

	static TrainingRun run(String version, double auc, boolean deployed) {
		return new TrainingRun(UUID.randomUUID(), MERCHANT, version, ModelType.FEDERATED, Map.of(),
				Map.of("auc", auc, "confidence", 0.9), RunSource.FEDERATED, "0".repeat(64), deployed, 1, Instant.now());
	}

	@Test
	void should_keep_the_serving_model_when_the_candidate_does_worse_on_the_merchants_rows() {
		// given a merchant with auto-deploy whose new federated run looks better on its
		// own held-out rows but worse on the merchant's current rows
		given(this.configs.all()).willReturn(List.of(new MerchantConfig(MERCHANT, "v1", Personalization.MEDIUM,
				TrainingFrequency.WEEKLY, true, 0.5, Map.of(), MerchantPrivacy.PRIVATE, Instant.now())));
		TrainingRun candidate = run("v2", 0.82, false);
		given(this.runs.runs(MERCHANT, 50)).willReturn(List.of(candidate, run("v1", 0.80, true)));
		given(this.deployments.deploy(eq(MERCHANT), eq(candidate.id()), anyString(),
				any(Deployments.DeployRequest.class)))
			.willThrow(new WorseThanDeployedException("v2", 0.71, "v1", 0.79));

		// when
		LearningWorker.Report report = this.worker.runOnce();

		// then
		assertThat(report.deployed()).isZero();
		assertThat(report.failures()).isEmpty();
		ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
		verify(this.journal, atLeastOnce()).record(events.capture());
		assertThat(events.getAllValues()).extracting(AuditEvent::action).contains("learning.worker.deploy.skipped");
	}

	@Test
	void should_retrain_a_drifting_merchant_and_keep_the_serving_model_when_the_new_one_does_worse() {
		// given a merchant whose deployed model was just found drifting
		given(this.configs.all()).willReturn(List.of(new MerchantConfig(MERCHANT, "v1", Personalization.MEDIUM,
				TrainingFrequency.WEEKLY, false, 0.5, Map.of(), MerchantPrivacy.PRIVATE, Instant.now())));
		DriftAlert alert = new DriftAlert(UUID.randomUUID(), UUID.randomUUID(), "v1", "2026-W49", 120, 0.10, 0.22, 0.70,
				0.81, true, true, null, null, null, Instant.now());
		given(this.drift.check(MERCHANT)).willReturn(Optional.of(alert));
		TrainingRun retrained = run("v2", 0.78, false);
		given(this.training.train(eq(MERCHANT), anyString())).willReturn(retrained);
		given(this.deployments.deploy(eq(MERCHANT), eq(retrained.id()), anyString(),
				any(Deployments.DeployRequest.class)))
			.willThrow(new WorseThanDeployedException("v2", 0.70, "v1", 0.72));

		// when
		LearningWorker.Report report = this.worker.runOnce();

		// then the new model went through the gate, which kept v1
		assertThat(report.retrainedForDrift()).isEqualTo(1);
		assertThat(report.failures()).isEmpty();
		verify(this.drift).retrained(MERCHANT, alert, retrained, false);
	}

}
