package crmcopilot.matching.internal.tasks;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.LlmTaskContractTests;
import crmcopilot.ai.FakeChatServer;
import crmcopilot.ai.TaskContext;
import crmcopilot.ai.TaskOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LLM path of {@code explain-match}, against a fake OpenAI-compatible server that
 * cites the session mode given in the prompt, honours the same contract; an answer citing
 * a fact absent from the breakdown is refused and the offline writer answers.
 */
class ExplainMatchLlmContractTests extends LlmTaskContractTests<ExplainMatchTask.Input, MatchExplanation> {

	private static final Pattern MODE = Pattern.compile("(?m)^(?:Mode de séance|Session mode)\\s*:\\s*(\\S+)");

	@Override
	protected FakeChatServer.Reply reply(FakeChatServer.Received request) {
		Matcher mode = MODE.matcher(request.lastUserMessage());
		String fact = mode.find() ? "\"mode:" + mode.group(1) + "\"" : "";
		return FakeChatServer.Reply.completion("{\"headline\":\"Awa Diallo est le meilleur choix pour vous.\","
				+ "\"reasons\":[\"La séance se fera comme vous le souhaitez.\"],\"facts\":[" + fact + "]}");
	}

	@Override
	protected AiTask<ExplainMatchTask.Input, MatchExplanation> task() {
		return new ExplainMatchTask();
	}

	@Override
	protected List<ExplainMatchTask.Input> fixtures() {
		return MatchingTaskFixtures.EXPLAIN;
	}

	@Test
	void should_answer_offline_when_the_llm_cites_a_fact_absent_from_the_breakdown() {
		try (FakeChatServer inventing = new FakeChatServer().byDefault((request) -> FakeChatServer.Reply.completion(
				"{\"headline\":\"Le meilleur choix.\",\"reasons\":[\"Elle adore le punk.\"],\"facts\":[\"style:punk\"]}"))) {
			AiGateway gateway = MatchingTaskFixtures.llmGateway(inventing);
			ExplainMatchTask task = new ExplainMatchTask();
			ExplainMatchTask.Input input = MatchingTaskFixtures.EXPLAIN.get(0);
			TaskOutcome<MatchExplanation> outcome = gateway.run(this.workspaceId, task, input);
			assertThat(outcome.fallback()).isTrue();
			assertThat(outcome.result()).isEqualTo(task.offline(input, new TaskContext(this.workspaceId, "fr")));
			assertThat(outcome.result().facts()).doesNotContain("style:punk");
		}
	}

}
