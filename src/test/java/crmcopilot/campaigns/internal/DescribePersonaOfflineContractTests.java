package crmcopilot.campaigns.internal;

import java.util.List;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.AiTaskContractTests;
import crmcopilot.ai.internal.TestGateways;

/**
 * The statistical writer of the {@code describe-persona} task honours the task contract:
 * its prose claims nothing the segment's table does not support.
 */
class DescribePersonaOfflineContractTests extends AiTaskContractTests<DescribePersonaTask.Request, PersonaText> {

	@Override
	protected AiTask<DescribePersonaTask.Request, PersonaText> task() {
		return new DescribePersonaTask();
	}

	@Override
	protected List<DescribePersonaTask.Request> fixtures() {
		return CampaignTaskFixtures.PERSONAS;
	}

	@Override
	protected AiGateway gateway() {
		return TestGateways.offline();
	}

}
