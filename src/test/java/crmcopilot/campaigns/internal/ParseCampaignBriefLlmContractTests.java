package crmcopilot.campaigns.internal;

import java.util.List;

import crmcopilot.ai.AiTask;
import crmcopilot.ai.LlmTaskContractTests;
import crmcopilot.ai.FakeChatServer;

/**
 * The LLM-backed engine of the {@code parse-campaign-brief} task, against a fake
 * OpenAI-compatible server, honours the same contract on the same fixtures.
 */
class ParseCampaignBriefLlmContractTests extends LlmTaskContractTests<String, ParsedBrief> {

	@Override
	protected FakeChatServer.Reply reply(FakeChatServer.Received request) {
		return FakeChatServer.Reply.completion("{\"objective\":\"Acquisition\",\"media\":\"Display\","
				+ "\"platform\":\"Google Ads Performance Max\",\"productRange\":\"moyen de gamme\","
				+ "\"targetHints\":[\"CSP\",\"CSP+\"],\"budget\":null,\"volume\":null,\"confidence\":0.9}");
	}

	@Override
	protected AiTask<String, ParsedBrief> task() {
		return new ParseCampaignBriefTask();
	}

	@Override
	protected List<String> fixtures() {
		return CampaignTaskFixtures.BRIEFS;
	}

}
