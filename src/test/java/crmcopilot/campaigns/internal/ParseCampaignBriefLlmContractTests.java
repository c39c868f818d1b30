package crmcopilot.campaigns.internal;

import java.util.List;

import org.junit.jupiter.api.AfterEach;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.AiTaskContractTests;
import crmcopilot.ai.FakeChatServer;
import crmcopilot.ai.internal.TestGateways;

/**
 * The LLM-backed engine of the {@code parse-campaign-brief} task, against a fake
 * OpenAI-compatible server, honours the same contract on the same fixtures.
 */
class ParseCampaignBriefLlmContractTests extends AiTaskContractTests<String, ParsedBrief> {

	private final FakeChatServer server = new FakeChatServer()
		.byDefault((request) -> FakeChatServer.Reply.completion("{\"objective\":\"Acquisition\",\"media\":\"Display\","
				+ "\"platform\":\"Google Ads Performance Max\",\"productRange\":\"moyen de gamme\","
				+ "\"targetHints\":[\"CSP\",\"CSP+\"],\"budget\":null,\"volume\":null,\"confidence\":0.9}"));

	@AfterEach
	void stop() {
		this.server.close();
	}

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
		return TestGateways.builder().provider("openai-compatible", this.server.baseUrl(), "k", "gpt-4o-mini").build();
	}

	@Override
	protected String expectedEngine() {
		return "openai-compatible";
	}

}
