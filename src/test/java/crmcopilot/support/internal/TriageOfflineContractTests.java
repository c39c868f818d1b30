package crmcopilot.support.internal;

import java.util.List;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.AiTaskContractTests;
import crmcopilot.ai.TaskContext;
import crmcopilot.ai.internal.TestGateways;
import crmcopilot.support.TriageResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline engine of the {@code triage} task honours the task contract. */
class TriageOfflineContractTests extends AiTaskContractTests<TriageRequest, TriageResult> {

	private final TriageTask task = TriageFixtures.task();

	@Override
	protected AiTask<TriageRequest, TriageResult> task() {
		return this.task;
	}

	@Override
	protected List<TriageRequest> fixtures() {
		return TriageFixtures.ALL;
	}

	@Override
	protected AiGateway gateway() {
		return TestGateways.offline();
	}

	@Test
	void should_finish_every_offline_proposal_with_a_reply_and_a_reasoned_action() {
		for (TriageRequest request : TriageFixtures.ALL) {
			TriageResult finished = TriagePostProcessor
				.finish(this.task.offline(request, new TaskContext(this.workspaceId, "fr")), request);

			assertThat(finished.reponse()).as("reply for %s", request.text()).isNotBlank();
			assertThat(finished.raisons()).containsKeys("categorie", "priorite", "reponse", "action");
			assertThat(this.task.validate(finished, request)).isNull();
		}
	}

}
