package crmcopilot.ai.internal;

import java.util.UUID;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.TaskContext;
import crmcopilot.ai.TaskOutcome;

import org.springframework.stereotype.Service;

/**
 * Answers every task with its offline engine (replaced by the provider-aware gateway).
 */
@Service
class OfflineOnlyGateway implements AiGateway {

	@Override
	public <I, R extends Record> TaskOutcome<R> run(UUID workspaceId, AiTask<I, R> task, I input) {
		long start = System.nanoTime();
		R result = task.offline(input, new TaskContext(workspaceId, task.language(input)));
		long latencyMs = (System.nanoTime() - start) / 1_000_000;
		return new TaskOutcome<>(result, "offline", null, false, null, task.name(), 0, latencyMs,
				task.confidence(result));
	}

}
