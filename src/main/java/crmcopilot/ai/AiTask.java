package crmcopilot.ai;

import java.util.Map;

/**
 * A task a copilot asks of the gateway: a typed input, a typed result record, a versioned
 * prompt ({@code prompts/<name>.<lang>.st}) for LLM providers, and an offline engine that
 * always answers. The LLM must return JSON valid against the JSON schema of
 * {@link #resultType()}.
 *
 * @param <I> the input
 * @param <R> the result record
 */
public interface AiTask<I, R extends Record> {

	/** Task name, also the prompt id: {@code triage}, {@code summarise}, ... */
	String name();

	Class<R> resultType();

	/**
	 * Variables of the prompt template. String values are redacted before a cloud
	 * provider sees them, per the workspace's privacy level.
	 */
	Map<String, Object> promptVariables(I input);

	/** The offline engine: a real implementation, always available, no network. */
	R offline(I input, TaskContext context);

	/** Language of the prompt to use: {@code fr} or {@code en}. */
	default String language(I input) {
		return "fr";
	}

	/** The result's overall confidence in 0..1, or NaN when the task has none. */
	default double confidence(R result) {
		return Double.NaN;
	}

	/**
	 * Checks business rules the JSON schema cannot express; a message means the
	 * provider's answer is rejected (retried once, then the offline engine answers).
	 * @return null when valid, else what is wrong
	 */
	default @org.jspecify.annotations.Nullable String validate(R result, I input) {
		return null;
	}

	/**
	 * Builds an input from the sample variables typed in the prompt library's "try it"
	 * panel (variable name to text), so that the offline engine can answer side by side
	 * with the provider. Tasks that cannot build one return null.
	 */
	default @org.jspecify.annotations.Nullable I sampleInput(Map<String, String> variables) {
		return null;
	}

}
