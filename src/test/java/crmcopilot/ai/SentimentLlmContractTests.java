package crmcopilot.ai;

import java.util.List;

import org.junit.jupiter.api.AfterEach;

import crmcopilot.ai.internal.TestGateways;

/**
 * The LLM-backed engine of {@link SentimentTask}, against a fake OpenAI-compatible
 * server, honours the same contract on the same fixtures.
 */
class SentimentLlmContractTests extends AiTaskContractTests<SentimentTask.Message, SentimentTask.Sentiment> {

	private final FakeChatServer server = new FakeChatServer().byDefault((request) -> FakeChatServer.Reply
		.completion(request.lastUserMessage().toLowerCase().contains("merci")
				? "{\"label\":\"positive\",\"confidence\":0.9,\"summary\":\"Client satisfait.\",\"contact\":null}"
				: "{\"label\":\"negative\",\"confidence\":0.7,\"summary\":\"Client mécontent.\",\"contact\":null}"));

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Override
	protected AiTask<SentimentTask.Message, SentimentTask.Sentiment> task() {
		return new SentimentTask();
	}

	@Override
	protected List<SentimentTask.Message> fixtures() {
		return SentimentFixtures.ALL;
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
