package crmcopilot.learning.internal.training;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.DeployAction;
import crmcopilot.learning.internal.DeploymentStore;
import crmcopilot.learning.internal.MerchantConfig;
import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.learning.internal.MerchantPrivacy;
import crmcopilot.learning.internal.ModelType;
import crmcopilot.learning.internal.RunSource;
import crmcopilot.learning.internal.TrainingFrequency;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.TrainingRunStore;
import crmcopilot.learning.model.Dataset;
import crmcopilot.learning.model.Personalization;
import crmcopilot.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class DeploymentsTests {

	static final UUID MERCHANT = UUID.randomUUID();

	final TrainingRunStore runs = mock(TrainingRunStore.class);

	final MerchantConfigStore configs = mock(MerchantConfigStore.class);

	final DeploymentStore history = mock(DeploymentStore.class);

	final HeldOutScores scores = mock(HeldOutScores.class);

	final Deployments deployments = new Deployments(this.runs, this.configs, this.history, this.scores,
			mock(AuditJournal.class));

	static TrainingRun run(String version, boolean deployed) {
		return new TrainingRun(UUID.randomUUID(), MERCHANT, version, ModelType.LOCAL, Map.of(), Map.of("auc", 0.8),
				RunSource.INTERNAL, "0".repeat(64), deployed, 1, Instant.now());
	}

	void serving(TrainingRun current, TrainingRun candidate) {
		given(this.runs.run(MERCHANT, candidate.id())).willReturn(Optional.of(candidate));
		given(this.runs.deployed(MERCHANT)).willReturn(Optional.ofNullable(current));
		given(this.configs.config(MERCHANT)).willReturn(new MerchantConfig(MERCHANT, null, Personalization.MEDIUM,
				TrainingFrequency.WEEKLY, false, 0.8, Map.of(), MerchantPrivacy.PRIVATE, null));
	}

	@Test
	void should_deploy_a_first_model_without_comparing() {
		TrainingRun candidate = run("v1", false);
		serving(null, candidate);

		this.deployments.deploy(MERCHANT, candidate.id(), "manager", Deployments.DeployRequest.of(null));

		verify(this.runs).markDeployed(MERCHANT, candidate.id());
		verify(this.scores, never()).heldOut(any());
		verify(this.history).save(MERCHANT, candidate, null, DeployAction.DEPLOY, null, null, false, null, "manager");
	}

	@Test
	void should_deploy_an_equal_candidate_and_keep_both_scores() {
		TrainingRun current = run("v1", true);
		TrainingRun candidate = run("v2", false);
		serving(current, candidate);
		Dataset rows = new Dataset(new double[] { 1 }, new double[] { 1 }, 1, 1);
		given(this.scores.heldOut(MERCHANT)).willReturn(Optional.of(rows));
		given(this.scores.auc(MERCHANT, candidate, rows)).willReturn(0.75);
		given(this.scores.auc(MERCHANT, current, rows)).willReturn(0.75);

		this.deployments.deploy(MERCHANT, candidate.id(), "manager", Deployments.DeployRequest.of(null));

		verify(this.history).save(MERCHANT, candidate, current.id(), DeployAction.DEPLOY, 0.75, 0.75, false, null,
				"manager");
	}

	@Test
	void should_deploy_without_scores_when_the_merchant_has_no_rows_to_compare_on() {
		TrainingRun current = run("v1", true);
		TrainingRun candidate = run("v2", false);
		serving(current, candidate);
		given(this.scores.heldOut(MERCHANT)).willReturn(Optional.empty());

		this.deployments.deploy(MERCHANT, candidate.id(), "agent", Deployments.DeployRequest.of(null));

		verify(this.runs).markDeployed(MERCHANT, candidate.id());
		verify(this.history).save(eq(MERCHANT), eq(candidate), eq(current.id()), eq(DeployAction.DEPLOY), eq(null),
				eq(null), anyBoolean(), eq(null), eq("agent"));
	}

	@Test
	void should_ask_a_forced_deploy_for_its_reason() {
		TrainingRun candidate = run("v2", false);
		serving(run("v1", true), candidate);

		assertThatThrownBy(() -> this.deployments.deploy(MERCHANT, candidate.id(), "manager",
				new Deployments.DeployRequest(true, " ")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("learning.error.force-reason"));
		verify(this.runs, never()).markDeployed(any(), any());
	}

}
