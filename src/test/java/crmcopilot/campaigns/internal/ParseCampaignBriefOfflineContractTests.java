package crmcopilot.campaigns.internal;

import java.util.List;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.AiTaskContractTests;
import crmcopilot.ai.internal.TestGateways;

/**
 * The cue dictionaries of the {@code parse-campaign-brief} task honour the task contract.
 */
class ParseCampaignBriefOfflineContractTests extends AiTaskContractTests<String, ParsedBrief> {

	@Override
	protected AiTask<String, ParsedBrief> task() {
		return new ParseCampaignBriefTask();
	}

	@Override
	protected List<String> fixtures() {
		return CampaignTaskFixtures.BRIEFS;
	}

	@Override
	protected AiGateway gateway() {
		return TestGateways.offline();
	}

}
