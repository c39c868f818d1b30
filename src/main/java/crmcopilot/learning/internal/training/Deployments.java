package crmcopilot.learning.internal.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.Actors;
import crmcopilot.learning.internal.DeployAction;
import crmcopilot.learning.internal.Inputs;
import crmcopilot.learning.internal.Deployment;
import crmcopilot.learning.internal.DeploymentStore;
import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.TrainingRunStore;
import crmcopilot.learning.model.Dataset;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Which of a merchant's runs serves. Every deploy compares the candidate with the model
 * serving now on the same held-out rows: a lower score is refused unless forced with a
 * reason. Every deploy and rollback enters the version history and the journal with both
 * scores.
 */
@Service
public class Deployments {

	/**
	 * How a deploy was asked for.
	 *
	 * @param force deploy even when the candidate scores lower (needs a reason)
	 */
	public record DeployRequest(boolean force, @Nullable String reason) {

		public static DeployRequest of(@Nullable String reason) {
			return new DeployRequest(false, reason);
		}

	}

	private final TrainingRunStore runs;

	private final MerchantConfigStore configs;

	private final DeploymentStore history;

	private final HeldOutScores scores;

	private final AuditJournal journal;

	Deployments(TrainingRunStore runs, MerchantConfigStore configs, DeploymentStore history, HeldOutScores scores,
			AuditJournal journal) {
		this.runs = runs;
		this.configs = configs;
		this.history = history;
		this.scores = scores;
		this.journal = journal;
	}

	/** The merchant's latest runs, newest first. */
	public List<TrainingRun> runs(UUID workspaceId) {
		return this.runs.runs(workspaceId, 100);
	}

	/** Which model served when, newest first. */
	public List<Deployment> history(UUID workspaceId) {
		return this.history.history(workspaceId, 50);
	}

	/**
	 * Makes the run the merchant's deployed model. A personalised run that does not beat
	 * both the local and the global model is refused; so is a run scoring lower than the
	 * deployed model on the same held-out rows, unless the request forces it with a
	 * reason.
	 * @throws WorseThanDeployedException naming both scores
	 */
	public TrainingRun deploy(UUID workspaceId, UUID runId, String actor, DeployRequest request) {
		Inputs.bounded("reason", request.reason(), Inputs.TEXT);
		TrainingRun run = this.runs.run(workspaceId, runId)
			.orElseThrow(() -> new NotFoundException("no training run " + runId));
		if (!run.deployable()) {
			throw new InvalidInputException("id", "learning.error.not-deployable", new Object[0],
					"this personalised model does not beat both the local and the global model on held-out data");
		}
		if (request.force() && (request.reason() == null || request.reason().isBlank())) {
			throw new InvalidInputException("reason", "learning.error.force-reason", new Object[0],
					"a forced deploy needs a reason");
		}
		Optional<TrainingRun> current = this.runs.deployed(workspaceId)
			.filter((deployed) -> !deployed.id().equals(runId));
		Optional<Dataset> heldOut = current.flatMap((deployed) -> this.scores.heldOut(workspaceId));
		Double candidateAuc = heldOut.map((rows) -> this.scores.auc(workspaceId, run, rows)).orElse(null);
		Double deployedAuc = heldOut.map((rows) -> this.scores.auc(workspaceId, current.get(), rows)).orElse(null);
		boolean worse = candidateAuc != null && deployedAuc != null && candidateAuc < deployedAuc;
		if (worse && !request.force()) {
			throw new WorseThanDeployedException(run.modelVersion(), candidateAuc, current.get().modelVersion(),
					deployedAuc);
		}
		serve(workspaceId, run);
		this.history.save(workspaceId, run, current.map(TrainingRun::id).orElse(null), DeployAction.DEPLOY,
				candidateAuc, deployedAuc, worse, request.reason(), actor);
		Map<String, Object> details = scores(candidateAuc, deployedAuc, current);
		details.put("modelVersion", run.modelVersion());
		details.put("confidence", run.metric("confidence"));
		details.put("forced", worse);
		this.journal.record(AuditEvent
			.of(workspaceId, "learning.model.deployed", "training-run", runId.toString(), request.reason(), details)
			.by(actor, Actors.type(actor)));
		return this.runs.run(workspaceId, runId).orElseThrow();
	}

	/**
	 * Puts back the model that served before the current one.
	 * @throws InvalidInputException when no other model served before
	 */
	public TrainingRun rollback(UUID workspaceId, String actor, @Nullable String reason) {
		Inputs.bounded("reason", reason, Inputs.TEXT);
		TrainingRun current = this.runs.deployed(workspaceId).orElseThrow(this::nothingToRollBack);
		TrainingRun previous = this.history.history(workspaceId, 50)
			.stream()
			.map(Deployment::runId)
			.filter((id) -> !id.equals(current.id()))
			.findFirst()
			.flatMap((id) -> this.runs.run(workspaceId, id))
			.orElseThrow(this::nothingToRollBack);
		Optional<Dataset> heldOut = this.scores.heldOut(workspaceId);
		Double restoredAuc = heldOut.map((rows) -> this.scores.auc(workspaceId, previous, rows)).orElse(null);
		Double replacedAuc = heldOut.map((rows) -> this.scores.auc(workspaceId, current, rows)).orElse(null);
		serve(workspaceId, previous);
		this.history.save(workspaceId, previous, current.id(), DeployAction.ROLLBACK, restoredAuc, replacedAuc, false,
				reason, actor);
		Map<String, Object> details = scores(restoredAuc, replacedAuc, Optional.of(current));
		details.put("modelVersion", previous.modelVersion());
		this.journal.record(AuditEvent
			.of(workspaceId, "learning.model.rolled-back", "training-run", previous.id().toString(), reason, details)
			.by(actor, Actors.type(actor)));
		return this.runs.run(workspaceId, previous.id()).orElseThrow();
	}

	private void serve(UUID workspaceId, TrainingRun run) {
		this.runs.markDeployed(workspaceId, run.id());
		this.configs.save(workspaceId, this.configs.config(workspaceId).withModelVersion(run.modelVersion()));
	}

	private static Map<String, Object> scores(@Nullable Double candidateAuc, @Nullable Double deployedAuc,
			Optional<TrainingRun> replaced) {
		Map<String, Object> details = new LinkedHashMap<>();
		replaced.ifPresent((run) -> details.put("previousVersion", run.modelVersion()));
		if (candidateAuc != null && deployedAuc != null) {
			details.put("candidateAuc", candidateAuc);
			details.put("previousAuc", deployedAuc);
		}
		return details;
	}

	private InvalidInputException nothingToRollBack() {
		return new InvalidInputException("rollback", "learning.error.nothing-to-roll-back", new Object[0],
				"no earlier deployed model to put back");
	}

}
