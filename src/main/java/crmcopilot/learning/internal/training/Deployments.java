package crmcopilot.learning.internal.training;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.Actors;
import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.TrainingRunStore;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** A merchant's training history and which of its runs serves. */
@Service
public class Deployments {

	private final TrainingRunStore runs;

	private final MerchantConfigStore configs;

	private final AuditJournal journal;

	Deployments(TrainingRunStore runs, MerchantConfigStore configs, AuditJournal journal) {
		this.runs = runs;
		this.configs = configs;
		this.journal = journal;
	}

	/** The merchant's latest runs, newest first. */
	public List<TrainingRun> runs(UUID workspaceId) {
		return this.runs.runs(workspaceId, 100);
	}

	/**
	 * Makes the run the merchant's deployed model; a personalised run that does not beat
	 * both the local and the global model is refused.
	 */
	public TrainingRun deploy(UUID workspaceId, UUID runId, String actor, @Nullable String reason) {
		TrainingRun run = this.runs.run(workspaceId, runId)
			.orElseThrow(() -> new NotFoundException("no training run " + runId));
		if (!run.deployable()) {
			throw new InvalidInputException("id", "learning.error.not-deployable", new Object[0],
					"this personalised model does not beat both the local and the global model on held-out data");
		}
		this.runs.markDeployed(workspaceId, runId);
		this.configs.save(workspaceId, this.configs.config(workspaceId).withModelVersion(run.modelVersion()));
		this.journal.record(AuditEvent
			.of(workspaceId, "learning.model.deployed", "training-run", runId.toString(), reason,
					Map.of("modelVersion", run.modelVersion(), "confidence", run.metric("confidence")))
			.by(actor, Actors.type(actor)));
		return this.runs.run(workspaceId, runId).orElseThrow();
	}

}
