package crmcopilot.ai;

import java.util.List;

import crmcopilot.ai.internal.TestGateways;

/** The offline engine of {@link SentimentTask} honours the task contract. */
class SentimentOfflineContractTests extends AiTaskContractTests<SentimentTask.Message, SentimentTask.Sentiment> {

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
		return TestGateways.offline();
	}

}
