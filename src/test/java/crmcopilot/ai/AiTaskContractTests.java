package crmcopilot.ai;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import crmcopilot.ai.internal.ResultSchemas;
import crmcopilot.ai.internal.TestGateways;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every engine of a task must do, offline or LLM-backed: on the same fixtures,
 * return a result that is valid against the result record's JSON schema and the task's
 * own rules, with a confidence in 0..1 (or none), through the expected engine. A task
 * family extends this class once per engine; {@link #gateway()} decides which engine
 * answers (for example {@link TestGateways#offline()}, or a gateway built against a
 * {@link FakeChatServer}).
 *
 * @param <I> the task's input
 * @param <R> the task's result
 */
public abstract class AiTaskContractTests<I, R extends Record> {

	protected final UUID workspaceId = UUID.randomUUID();

	protected abstract AiTask<I, R> task();

	/** Inputs every engine must handle; the same list for every engine of a task. */
	protected abstract List<I> fixtures();

	/** The gateway whose engine is under test. */
	protected abstract AiGateway gateway();

	/** {@code offline}, or the provider code of an LLM-backed engine. */
	protected String expectedEngine() {
		return "offline";
	}

	@Test
	void every_fixture_gets_a_result_valid_against_the_schema_and_the_task_rules() {
		ResultSchemas schemas = new ResultSchemas(TestGateways.JSON);
		AiGateway gateway = gateway();
		assertThat(fixtures()).isNotEmpty();
		for (I input : fixtures()) {
			TaskOutcome<R> outcome = gateway.run(this.workspaceId, task(), input);
			assertThat(outcome.result()).as("result for %s", input).isNotNull();
			assertThat(schemas.validate(task().resultType(), TestGateways.JSON.valueToTree(outcome.result())))
				.as("schema errors for %s", input)
				.isEmpty();
			assertThat(task().validate(outcome.result(), input)).as("rule violation for %s", input).isNull();
			assertThat(outcome.engine()).isEqualTo(expectedEngine());
			assertThat(outcome.promptId()).isEqualTo(task().name());
		}
	}

	@Test
	void confidence_is_a_probability_or_absent() {
		AiGateway gateway = gateway();
		for (I input : fixtures()) {
			double confidence = gateway.run(this.workspaceId, task(), input).confidence();
			assertThat(Double.isNaN(confidence) || (confidence >= 0 && confidence <= 1))
				.as("confidence %s for %s", confidence, input)
				.isTrue();
		}
	}

	@Test
	void the_offline_engine_is_deterministic() {
		for (I input : fixtures()) {
			TaskContext context = new TaskContext(this.workspaceId, task().language(input));
			assertThat(task().offline(input, context)).isEqualTo(task().offline(input, context));
		}
	}

}
