package crmcopilot.ai;

import java.util.UUID;

/**
 * Runs tasks: through the workspace's LLM provider when one is configured and healthy,
 * else through the task's offline engine. Every call is recorded ({@code ai_calls}).
 */
public interface AiGateway {

	<I, R extends Record> TaskOutcome<R> run(UUID workspaceId, AiTask<I, R> task, I input);

}
