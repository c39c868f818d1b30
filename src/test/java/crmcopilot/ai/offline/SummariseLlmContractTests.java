package crmcopilot.ai.offline;

import java.util.List;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.AiTaskContractTests;
import crmcopilot.ai.FakeChatServer;
import crmcopilot.ai.SummariseTask;
import crmcopilot.ai.internal.TestGateways;
import org.junit.jupiter.api.AfterEach;

/**
 * The LLM-backed engine of the {@code summarise} task, against a fake OpenAI-compatible
 * server, honours the same contract on the same fixtures.
 */
class SummariseLlmContractTests extends AiTaskContractTests<SummariseTask.Request, SummariseTask.Summary> {

	private final FakeChatServer server = new FakeChatServer()
		.byDefault((request) -> FakeChatServer.Reply.completion("{\"summary\":\"Le client demande où est son colis.\","
				+ "\"sentences\":[\"Le client demande où est son colis.\"],\"language\":\"fr\"}"));

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Override
	protected AiTask<SummariseTask.Request, SummariseTask.Summary> task() {
		return new OfflineSummariseTask(new ExtractiveSummariser(), SummariseFixtures.LANGUAGES);
	}

	@Override
	protected List<SummariseTask.Request> fixtures() {
		return SummariseFixtures.ALL;
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
