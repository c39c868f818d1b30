package crmcopilot.ai;

import org.junit.jupiter.api.AfterEach;

import crmcopilot.ai.internal.TestGateways;

/**
 * The contract run for the LLM path of a task: the gateway talks to a fake
 * OpenAI-compatible server that answers each request with {@link #reply}.
 *
 * @param <I> the task's input
 * @param <R> the task's result
 */
public abstract class LlmTaskContractTests<I, R extends Record> extends AiTaskContractTests<I, R> {

	/** The provider code of the LLM-backed engine under test. */
	protected static final String ENGINE = "openai-compatible";

	protected final FakeChatServer server = new FakeChatServer().byDefault(this::reply);

	/** What the fake LLM answers to a request. */
	protected abstract FakeChatServer.Reply reply(FakeChatServer.Received request);

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Override
	protected AiGateway gateway() {
		return TestGateways.builder().provider(ENGINE, this.server.baseUrl(), "k", "gpt-4o-mini").build();
	}

	@Override
	protected String expectedEngine() {
		return ENGINE;
	}

}
