package crmcopilot.campaigns.internal;

import java.util.List;

import crmcopilot.ai.AiTask;
import crmcopilot.ai.LlmTaskContractTests;
import crmcopilot.ai.FakeChatServer;

/**
 * The LLM-backed engine of the {@code describe-persona} task, against a fake
 * OpenAI-compatible server, honours the same contract on the same fixtures.
 */
class DescribePersonaLlmContractTests extends LlmTaskContractTests<DescribePersonaTask.Request, PersonaText> {

	@Override
	protected FakeChatServer.Reply reply(FakeChatServer.Received request) {
		return FakeChatServer.Reply.completion("{\"name\":\"Les clients fidèles\","
				+ "\"summary\":\"Un segment de la base clients. Ses traits figurent dans le tableau.\","
				+ "\"description\":\"Des clients attachés à l'enseigne. Parlez-leur simplement et clairement.\"}");
	}

	@Override
	protected AiTask<DescribePersonaTask.Request, PersonaText> task() {
		return new DescribePersonaTask();
	}

	@Override
	protected List<DescribePersonaTask.Request> fixtures() {
		return CampaignTaskFixtures.PERSONAS;
	}

}
