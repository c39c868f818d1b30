package crmcopilot.ai.offline;

import java.util.List;

import crmcopilot.ai.AiTask;
import crmcopilot.ai.LlmTaskContractTests;
import crmcopilot.ai.FakeChatServer;
import crmcopilot.ai.SummariseTask;

/**
 * The LLM-backed engine of the {@code summarise} task, against a fake OpenAI-compatible
 * server, honours the same contract on the same fixtures.
 */
class SummariseLlmContractTests extends LlmTaskContractTests<SummariseTask.Request, SummariseTask.Summary> {

	@Override
	protected FakeChatServer.Reply reply(FakeChatServer.Received request) {
		return FakeChatServer.Reply.completion("{\"summary\":\"Le client demande où est son colis.\","
				+ "\"sentences\":[\"Le client demande où est son colis.\"],\"language\":\"fr\"}");
	}

	@Override
	protected AiTask<SummariseTask.Request, SummariseTask.Summary> task() {
		return new OfflineSummariseTask(new ExtractiveSummariser(), SummariseFixtures.LANGUAGES);
	}

	@Override
	protected List<SummariseTask.Request> fixtures() {
		return SummariseFixtures.ALL;
	}

}
