package crmcopilot.ai.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.ai.AiTask;
import crmcopilot.ai.TaskContext;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Service;

/**
 * The tasks other modules declare as beans, found by name, so that the "try it" panel can
 * use a task's result schema and offline engine.
 */
@Service
public class TaskCatalog {

	private final ListableBeanFactory beans;

	private final JsonMapper json;

	TaskCatalog(ListableBeanFactory beans, JsonMapper json) {
		this.beans = beans;
		this.json = json;
	}

	public Optional<AiTask<?, ?>> find(String name) {
		for (AiTask<?, ?> task : this.beans.getBeansOfType(AiTask.class).values()) {
			if (task.name().equals(name)) {
				return Optional.of(task);
			}
		}
		return Optional.empty();
	}

	/**
	 * The offline engine's answer to sample variables, as JSON, or null when the task
	 * cannot build an input from them.
	 */
	public @Nullable String offlineAnswer(AiTask<?, ?> task, UUID workspaceId, String lang,
			Map<String, String> variables) {
		return answer(task, workspaceId, lang, variables);
	}

	private <I, R extends Record> @Nullable String answer(AiTask<I, R> task, UUID workspaceId, String lang,
			Map<String, String> variables) {
		I input = task.sampleInput(variables);
		if (input == null) {
			return null;
		}
		R result = task.offline(input, new TaskContext(workspaceId, lang));
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(result);
	}

}
