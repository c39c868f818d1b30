package crmcopilot.support.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import crmcopilot.ai.AiTask;
import crmcopilot.ai.TaskContext;
import crmcopilot.support.TriageResult;
import org.jspecify.annotations.Nullable;

/**
 * The {@code triage} task: offline engine always, versioned prompt
 * ({@code prompts/triage.<lang>.st}) for an LLM provider, same JSON contract.
 */
final class TriageTask implements AiTask<TriageRequest, TriageResult> {

	public static final String NAME = "triage";

	private final OfflineTriageEngine engine;

	public TriageTask(OfflineTriageEngine engine) {
		this.engine = engine;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<TriageResult> resultType() {
		return TriageResult.class;
	}

	@Override
	public Map<String, Object> promptVariables(TriageRequest input) {
		TriageSetup setup = input.setup();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("subject", (input.subject() != null) ? input.subject() : "");
		variables.put("message", input.text());
		variables.put("channel", input.channel());
		variables.put("language", input.language());
		variables.put("categories",
				setup.categories()
					.stream()
					.map((category) -> "- " + category.name()
							+ ((category.description() != null) ? " : " + category.description() : ""))
					.collect(Collectors.joining("\n")));
		variables.put("knowledge",
				setup.knowledge()
					.search(input.fullText(), input.language(), null, 3)
					.stream()
					.map((scored) -> "### " + scored.article().title() + "\n" + scored.article().body())
					.collect(Collectors.joining("\n\n")));
		variables.put("workspace", setup.workspaceName());
		return variables;
	}

	@Override
	public TriageResult offline(TriageRequest input, TaskContext context) {
		return this.engine.triage(input);
	}

	@Override
	public String language(TriageRequest input) {
		return "en".equals(input.language()) ? "en" : "fr";
	}

	@Override
	public double confidence(TriageResult result) {
		return result.globalConfidence();
	}

	@Override
	public @Nullable String validate(TriageResult result, TriageRequest input) {
		if (!input.setup().categoryNames().contains(result.categorie())) {
			return "categorie must be one of " + input.setup().categoryNames();
		}
		if (result.resume().isBlank()) {
			return "resume must not be empty";
		}
		return null;
	}

}
