package crmcopilot.campaigns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A campaign run of a workspace: its brief, its data source, and the state of its nine
 * steps.
 *
 * @param method how the customers are segmented at step 4
 * @param chosenPersona the persona chosen at step 7 (0-based segment), or null
 */
public record CampaignRun(UUID id, UUID workspaceId, String name, String createdBy, Instant createdAt, String language,
		CampaignBrief brief, @Nullable UUID sourceId, @Nullable String uploadName, @Nullable ColumnMapping mapping,
		SegmentationMethod method, int k, int nInit, long seed, boolean suggestK, @Nullable Integer chosenPersona,
		@Nullable String choiceReason, List<Step> steps) {

	/** The nine steps, 1-based. */
	public static final int STEPS = 9;

	public static final int CHOICE_STEP = 7;

	/** Status of a step. */
	public enum Status {

		PENDING, DONE, FAILED, WAITING

	}

	/**
	 * @param inputs short text of what went in
	 * @param outputs short text of what came out
	 */
	public record Step(int number, Status status, @Nullable String inputs, @Nullable String outputs,
			@Nullable String error) {
	}

	/** The same run with the given steps. */
	public CampaignRun withSteps(List<Step> steps) {
		return new CampaignRun(this.id, this.workspaceId, this.name, this.createdBy, this.createdAt, this.language,
				this.brief, this.sourceId, this.uploadName, this.mapping, this.method, this.k, this.nInit, this.seed,
				this.suggestK, this.chosenPersona, this.choiceReason, steps);
	}

	public Step step(int number) {
		return this.steps.get(number - 1);
	}

	/** The first step not done, or 10 when all are. */
	public int currentStep() {
		return this.steps.stream()
			.filter((s) -> s.status() != Status.DONE)
			.mapToInt(Step::number)
			.findFirst()
			.orElse(10);
	}

}
