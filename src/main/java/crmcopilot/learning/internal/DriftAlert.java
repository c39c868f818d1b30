package crmcopilot.learning.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A deployed model found drifting: the week whose conversion it missed, its AUC on recent
 * rows against its AUC when deployed, and what retraining gave.
 *
 * @param runId the deployed run that drifted
 * @param isoWeek the week judged ({@code 2026-W49})
 * @param predicted mean predicted conversion of that week
 * @param observed observed conversion of that week
 * @param recentAuc AUC on the recent weeks, when they hold enough rows of both classes
 * @param baselineAuc AUC of the run on the merchant's held-out rows when it was deployed
 * @param retrainVersion the model trained because of the alert, once trained
 * @param retrainDeployed whether it passed the deploy gate
 */
public record DriftAlert(UUID id, UUID runId, String modelVersion, String isoWeek, int weekRows, double predicted,
		double observed, @Nullable Double recentAuc, @Nullable Double baselineAuc, boolean gapExceeded,
		boolean aucDropped, @Nullable UUID retrainRunId, @Nullable String retrainVersion,
		@Nullable Boolean retrainDeployed, Instant createdAt) {

	/** Observed minus predicted conversion, in points of percentage. */
	public double gapPoints() {
		return (this.observed - this.predicted) * 100;
	}

	public DriftAlert retrained(UUID runId, String version, boolean deployed) {
		return new DriftAlert(this.id, this.runId, this.modelVersion, this.isoWeek, this.weekRows, this.predicted,
				this.observed, this.recentAuc, this.baselineAuc, this.gapExceeded, this.aucDropped, runId, version,
				deployed, this.createdAt);
	}

}
