package crmcopilot.matching.internal.tasks;

import java.util.List;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.AiTaskContractTests;
import crmcopilot.ai.internal.TestGateways;

/** The offline writer of {@code explain-match} honours the task contract. */
class ExplainMatchOfflineContractTests extends AiTaskContractTests<ExplainMatchTask.Input, MatchExplanation> {

	@Override
	protected AiTask<ExplainMatchTask.Input, MatchExplanation> task() {
		return new ExplainMatchTask();
	}

	@Override
	protected List<ExplainMatchTask.Input> fixtures() {
		return MatchingTaskFixtures.EXPLAIN;
	}

	@Override
	protected AiGateway gateway() {
		return TestGateways.offline();
	}

}
