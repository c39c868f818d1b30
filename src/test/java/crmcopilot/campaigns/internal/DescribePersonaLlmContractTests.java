package crmcopilot.campaigns.internal;

import java.util.List;

import org.junit.jupiter.api.AfterEach;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.AiTaskContractTests;
import crmcopilot.ai.FakeChatServer;
import crmcopilot.ai.internal.TestGateways;

/**
 * The LLM-backed engine of the {@code describe-persona} task, against a fake
 * OpenAI-compatible server, honours the same contract on the same fixtures.
 */
class DescribePersonaLlmContractTests extends AiTaskContractTests<DescribePersonaTask.Request, PersonaText> {

	private final FakeChatServer server = new FakeChatServer()
		.byDefault((request) -> FakeChatServer.Reply.completion("{\"name\":\"Les clients fidèles\","
				+ "\"summary\":\"Un segment de la base clients. Ses traits figurent dans le tableau.\","
				+ "\"description\":\"Des clients attachés à l'enseigne. Parlez-leur simplement et clairement.\"}"));

	@AfterEach
	void stop() {
		this.server.close();
	}

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
		return TestGateways.builder().provider("openai-compatible", this.server.baseUrl(), "k", "gpt-4o-mini").build();
	}

	@Override
	protected String expectedEngine() {
		return "openai-compatible";
	}

}
