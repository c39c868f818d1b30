package crmcopilot.ai;

import java.util.List;

/**
 * The LLM-backed engine of {@link SentimentTask}, against a fake OpenAI-compatible
 * server, honours the same contract on the same fixtures.
 */
class SentimentLlmContractTests extends LlmTaskContractTests<SentimentTask.Message, SentimentTask.Sentiment> {

	@Override
	protected FakeChatServer.Reply reply(FakeChatServer.Received request) {
		return FakeChatServer.Reply.completion(request.lastUserMessage().toLowerCase().contains("merci")
				? "{\"label\":\"positive\",\"confidence\":0.9,\"summary\":\"Client satisfait.\",\"contact\":null}"
				: "{\"label\":\"negative\",\"confidence\":0.7,\"summary\":\"Client mécontent.\",\"contact\":null}");
	}

	@Override
	protected AiTask<SentimentTask.Message, SentimentTask.Sentiment> task() {
		return new SentimentTask();
	}

	@Override
	protected List<SentimentTask.Message> fixtures() {
		return SentimentFixtures.ALL;
	}

}
