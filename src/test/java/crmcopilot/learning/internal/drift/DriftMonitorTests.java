package crmcopilot.learning.internal.drift;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.SettableClock;
import crmcopilot.learning.internal.DeployAction;
import crmcopilot.learning.internal.Deployment;
import crmcopilot.learning.internal.DeploymentStore;
import crmcopilot.learning.internal.DriftAlert;
import crmcopilot.learning.internal.DriftAlertStore;
import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.internal.MerchantConfig;
import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.learning.internal.MerchantData;
import crmcopilot.learning.internal.MerchantPrivacy;
import crmcopilot.learning.internal.ModelType;
import crmcopilot.learning.internal.RunSource;
import crmcopilot.learning.internal.TrainingFrequency;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.TrainingRunStore;
import crmcopilot.learning.internal.WeightStore;
import crmcopilot.learning.internal.training.TrainingData;
import crmcopilot.learning.model.Personalization;
import crmcopilot.learning.model.SessionSchema;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class DriftMonitorTests {

	static final UUID MERCHANT = UUID.randomUUID();

	final SettableClock clock = new SettableClock(Instant.parse("2026-12-10T09:00:00Z"));

	final TrainingData data = mock(TrainingData.class);

	final MerchantConfigStore configs = mock(MerchantConfigStore.class);

	final TrainingRunStore runs = mock(TrainingRunStore.class);

	final DeploymentStore deployments = mock(DeploymentStore.class);

	final WeightStore weights = mock(WeightStore.class);

	final DriftAlertStore alerts = mock(DriftAlertStore.class);

	final AuditJournal journal = mock(AuditJournal.class);

	final DriftMonitor monitor = new DriftMonitor(this.data, this.configs, this.runs, this.deployments, this.weights,
			this.alerts, this.journal, LearningSettings.Drift.DEFAULTS, this.clock);

	final TrainingRun run = new TrainingRun(UUID.randomUUID(), MERCHANT, "v3", ModelType.LOCAL, Map.of(),
			Map.of("auc", 0.8), RunSource.INTERNAL, "0".repeat(64), true, 1, Instant.parse("2026-11-20T08:00:00Z"));

	/**
	 * A model that predicts {@code conversion} whatever the session, or ranks by pages.
	 */
	void serving(double intercept, double pagesWeight, List<Map<String, String>> rows) {
		serving(intercept, pagesWeight, rows, 0.8);
	}

	void serving(double intercept, double pagesWeight, List<Map<String, String>> rows, double aucAtDeployment) {
		int cols = SessionSchema.standard().dimension();
		double[] parameters = new double[cols + 1];
		parameters[0] = pagesWeight;
		parameters[cols] = intercept;
		UUID weightsId = UUID.randomUUID();
		given(this.runs.deployed(MERCHANT)).willReturn(Optional.of(this.run));
		given(this.runs.weightsId(MERCHANT, this.run.id())).willReturn(weightsId);
		given(this.weights.find(MERCHANT, weightsId))
			.willReturn(new WeightStore.StoredWeights(weightsId, "0".repeat(64), parameters, SessionSchema.standard()));
		given(this.deployments.history(eq(MERCHANT), any(Integer.class)))
			.willReturn(List.of(new Deployment(UUID.randomUUID(), this.run.id(), "v3", null, DeployAction.DEPLOY,
					aucAtDeployment, null, false, null, "system", Instant.parse("2026-11-25T10:00:00Z"))));
		given(this.data.hasDataset(MERCHANT)).willReturn(true);
		MerchantConfig config = new MerchantConfig(MERCHANT, "v3", Personalization.MEDIUM, TrainingFrequency.WEEKLY,
				false, 0.8, Map.of(), MerchantPrivacy.PRIVATE, null);
		given(this.configs.config(MERCHANT)).willReturn(config);
		given(this.data.merchantData(MERCHANT, config))
			.willReturn(MerchantData.of(MERCHANT, rows, SessionSchema.LABEL, Optional.empty(), Optional.empty()));
	}

	static void add(List<Map<String, String>> rows, String day, int count, int converted, String pages) {
		for (int i = 0; i < count; i++) {
			rows.add(Map.of(DriftFigures.DATE_COLUMN, day, SessionSchema.LABEL, (i < converted) ? "1" : "0",
					"pages_viewed", pages));
		}
	}

	static double logit(double p) {
		return Math.log(p / (1 - p));
	}

	@Test
	void should_compare_predicted_and_observed_conversion_per_iso_week_on_rows_after_the_deployment() {
		// given rows before the deployment (25 Nov), in week 49 and in week 50
		List<Map<String, String>> rows = new ArrayList<>();
		add(rows, "2026-11-20", 40, 40, "5");
		add(rows, "2026-12-01", 100, 30, "5");
		add(rows, "2026-12-08T14:30:00", 60, 6, "5");
		serving(logit(0.1), 0, rows);

		// when
		DriftFigures figures = this.monitor.status(MERCHANT).orElseThrow().figures();

		// then
		assertThat(figures.weeks()).extracting(DriftFigures.Week::isoWeek).containsExactly("2026-W49", "2026-W50");
		DriftFigures.Week week49 = figures.weeks().get(0);
		assertThat(week49.monday()).isEqualTo(LocalDate.parse("2026-11-30"));
		assertThat(week49.rows()).isEqualTo(100);
		assertThat(week49.predicted()).isCloseTo(0.1, within(1e-9));
		assertThat(week49.observed()).isCloseTo(0.3, within(1e-9));
		assertThat(figures.weeks().get(1).gap()).isCloseTo(0, within(1e-9));
	}

	@Test
	void should_raise_one_alert_journalled_once_when_the_latest_weeks_gap_crosses_the_threshold() {
		// given a model predicting 10 % while 30 % of last week's sessions converted
		List<Map<String, String>> rows = new ArrayList<>();
		add(rows, "2026-12-08", 80, 24, "5");
		serving(logit(0.1), 0, rows);

		// when the worker checks twice
		Optional<DriftAlert> first = this.monitor.check(MERCHANT);
		given(this.alerts.forRun(MERCHANT, this.run.id())).willReturn(first);
		Optional<DriftAlert> second = this.monitor.check(MERCHANT);

		// then
		assertThat(first).hasValueSatisfying((alert) -> {
			assertThat(alert.gapExceeded()).isTrue();
			assertThat(alert.isoWeek()).isEqualTo("2026-W50");
			assertThat(alert.gapPoints()).isCloseTo(20, within(1e-6));
			assertThat(alert.createdAt()).isEqualTo(this.clock.instant());
		});
		assertThat(second).isEmpty();
		verify(this.alerts, times(1)).save(eq(MERCHANT), any(DriftAlert.class));
		ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
		verify(this.journal, times(1)).record(events.capture());
		assertThat(events.getValue().action()).isEqualTo("learning.drift.detected");
	}

	@Test
	void should_raise_an_alert_when_the_auc_on_recent_rows_falls_below_the_auc_at_deployment() {
		// given sessions that convert on few pages while the model ranks many pages first
		List<Map<String, String>> rows = new ArrayList<>();
		add(rows, "2026-12-02", 30, 30, "1");
		add(rows, "2026-12-02", 30, 0, "40");
		serving(logit(0.5), 1, rows);

		// when
		Optional<DriftAlert> alert = this.monitor.check(MERCHANT);

		// then
		assertThat(alert).hasValueSatisfying((raised) -> {
			assertThat(raised.aucDropped()).isTrue();
			assertThat(raised.recentAuc()).isCloseTo(0.0, within(1e-9));
			assertThat(raised.baselineAuc()).isEqualTo(0.8);
		});
	}

	@Test
	void should_raise_no_alert_while_the_model_predicts_what_is_observed() {
		// given a model that ranked no better than chance already when it was deployed
		List<Map<String, String>> rows = new ArrayList<>();
		add(rows, "2026-12-08", 80, 8, "5");
		serving(logit(0.1), 0, rows, 0.52);

		// when
		Optional<DriftAlert> alert = this.monitor.check(MERCHANT);

		// then
		assertThat(alert).isEmpty();
		verify(this.alerts, never()).save(any(), any());
		verify(this.journal, never()).record(any());
	}

	@Test
	void should_judge_only_rows_up_to_today_as_the_clock_moves() {
		// given rows of next week, not yet arrived
		List<Map<String, String>> rows = new ArrayList<>();
		add(rows, "2026-12-15", 80, 40, "5");
		serving(logit(0.1), 0, rows);
		assertThat(this.monitor.check(MERCHANT)).isEmpty();

		// when a week passes
		this.clock.advance(java.time.Duration.ofDays(7));

		// then
		assertThat(this.monitor.check(MERCHANT)).isPresent();
	}

}
