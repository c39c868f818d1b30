package crmcopilot.ai.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.TaskContext;
import crmcopilot.ai.TaskOutcome;
import crmcopilot.shared.Texts;

/**
 * Runs a task through the workspace's provider, asking for JSON valid against the result
 * record's schema; an answer that is not valid JSON, breaks the schema or fails the
 * task's own validation is sent back once with the error; then, or on a transport failure
 * after bounded retries, or while the circuit breaker is open, the task's offline engine
 * answers and the reason is recorded. Logs carry task names and reason codes, never
 * prompt or answer text.
 */
public class LlmGateway implements AiGateway {

	private static final Logger log = LoggerFactory.getLogger(LlmGateway.class);

	private static final int MAX_REASON = 300;

	private final ProviderResolver providers;

	private final PromptSource prompts;

	private final ChatCompletionsClient client;

	private final ProviderResilience resilience;

	private final ResultSchemas schemas;

	private final RedactionPolicy redaction;

	private final AiCallLog calls;

	private final PriceTable prices;

	private final JsonMapper json;

	/** Endpoints that answered 400 to {@code response_format: json_schema}. */
	private final Set<String> schemaRefused = ConcurrentHashMap.newKeySet();

	public LlmGateway(ProviderResolver providers, PromptSource prompts, ChatCompletionsClient client,
			ProviderResilience resilience, ResultSchemas schemas, RedactionPolicy redaction, AiCallLog calls,
			PriceTable prices, JsonMapper json) {
		this.providers = providers;
		this.prompts = prompts;
		this.client = client;
		this.resilience = resilience;
		this.schemas = schemas;
		this.redaction = redaction;
		this.calls = calls;
		this.prices = prices;
		this.json = json;
	}

	/** Tokens and model reported over the attempts of one call. */
	private static final class Usage {

		long inputTokens;

		long outputTokens;

		@Nullable String model;

		boolean redacted;

		void add(ChatCompletionsClient.Completion completion) {
			this.inputTokens += completion.inputTokens();
			this.outputTokens += completion.outputTokens();
			if (completion.model() != null) {
				this.model = completion.model();
			}
		}

	}

	@Override
	public <I, R extends Record> TaskOutcome<R> run(UUID workspaceId, AiTask<I, R> task, I input) {
		long start = System.nanoTime();
		String lang = task.language(input);
		ResolvedPrompt prompt = this.prompts.resolve(workspaceId, task.name(), lang);
		ProviderConfig provider = this.providers.forWorkspace(workspaceId);
		Usage usage = new Usage();
		String reason = null;
		if (provider.enabled()) {
			// an open breaker refuses the first attempt before any byte leaves
			try {
				Answer<R> answer = ask(workspaceId, task, input, prompt, provider, usage);
				if (answer.result() != null) {
					return outcome(workspaceId, task, prompt, provider, provider.provider().code(), answer.result(),
							usage, null, start);
				}
				reason = answer.rejection();
			}
			catch (CallNotPermittedException ex) {
				reason = "circuit-open";
			}
			catch (ProviderException ex) {
				reason = ex.reason();
			}
			log.warn("AI task {} answered offline in workspace {}: {}", task.name(), workspaceId, reasonCode(reason));
		}
		R result = task.offline(input, new TaskContext(workspaceId, lang));
		return outcome(workspaceId, task, prompt, provider, "offline", result, usage, reason, start);
	}

	private record Answer<R>(@Nullable R result, @Nullable String rejection) {
	}

	private <I, R extends Record> Answer<R> ask(UUID workspaceId, AiTask<I, R> task, I input, ResolvedPrompt prompt,
			ProviderConfig provider, Usage usage) {
		RedactionPolicy.Prepared prepared = this.redaction.prepare(workspaceId, provider, task.promptVariables(input));
		usage.redacted = prepared.redacted();
		Class<R> type = task.resultType();
		ObjectNode schema = this.schemas.schema(type);
		ProviderConfig effective = this.schemaRefused.contains(provider.endpointKey()) ? provider.withJsonObject()
				: provider;
		List<ChatCompletionsClient.Message> messages = new ArrayList<>();
		messages.add(new ChatCompletionsClient.Message("system",
				Instructions.system(prompt.lang(), type, schema, effective.jsonSchema(), prepared.redacted())));
		messages.add(new ChatCompletionsClient.Message("user",
				PromptRenderer.render(prompt.body(), task.name(), prepared.variables())));
		ChatCompletionsClient.Request request = new ChatCompletionsClient.Request(messages,
				Instructions.schemaName(type), schema, this.schemas.strict(type));
		String problem = null;
		for (int round = 0; round < 2; round++) {
			ChatCompletionsClient.Completion completion;
			try {
				completion = complete(effective, request);
			}
			catch (ProviderException ex) {
				// some servers (older vLLM, Groq models) reject json_schema: ask for
				// json_object
				// with the schema in the system message, and remember it for this
				// endpoint
				if (ex.status() != 400 || !effective.jsonSchema()) {
					throw ex;
				}
				this.schemaRefused.add(provider.endpointKey());
				effective = provider.withJsonObject();
				messages.set(0, new ChatCompletionsClient.Message("system",
						Instructions.system(prompt.lang(), type, schema, false, prepared.redacted())));
				completion = complete(effective, request);
			}
			usage.add(completion);
			Parsed<R> parsed = parse(task, input, completion.content(), prepared.redaction());
			if (parsed.result() != null) {
				return new Answer<>(parsed.result(), null);
			}
			problem = this.redaction.mask(parsed.problem(), prepared.redaction());
			messages.add(new ChatCompletionsClient.Message("assistant", completion.content()));
			messages.add(new ChatCompletionsClient.Message("user", Instructions.retry(prompt.lang(), problem)));
		}
		return new Answer<>(null, Texts.abbreviate("invalid-output: " + this.redaction.scrub(problem), MAX_REASON));
	}

	private ChatCompletionsClient.Completion complete(ProviderConfig provider, ChatCompletionsClient.Request request) {
		return this.resilience.call(provider, () -> this.client.complete(provider, request));
	}

	private record Parsed<R>(@Nullable R result, String problem) {
	}

	private <I, R extends Record> Parsed<R> parse(AiTask<I, R> task, I input, String content,
			PiiRedactor.@Nullable Redaction redaction) {
		JsonNode answer;
		try {
			answer = this.json.readTree(Instructions.stripCodeFence(content));
		}
		catch (JacksonException ex) {
			return new Parsed<>(null, "the answer is not valid JSON");
		}
		if (answer == null || !answer.isObject()) {
			return new Parsed<>(null, "the answer is not a JSON object");
		}
		List<String> errors = this.schemas.validate(task.resultType(), answer);
		if (!errors.isEmpty()) {
			return new Parsed<>(null, "schema: " + String.join("; ", errors));
		}
		R result;
		try {
			result = this.json.treeToValue(reidentify(answer, redaction), task.resultType());
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return new Parsed<>(null, "the answer does not map to " + task.resultType().getSimpleName());
		}
		String rejected = task.validate(result, input);
		return (rejected != null) ? new Parsed<>(null, rejected) : new Parsed<>(result, "");
	}

	private JsonNode reidentify(JsonNode node, PiiRedactor.@Nullable Redaction redaction) {
		if (redaction == null) {
			return node;
		}
		if (node.isString()) {
			return StringNode.valueOf(this.redaction.reidentify(node.stringValue(), redaction));
		}
		if (node instanceof ObjectNode object) {
			ObjectNode copy = this.json.createObjectNode();
			object.properties().forEach((entry) -> copy.set(entry.getKey(), reidentify(entry.getValue(), redaction)));
			return copy;
		}
		if (node instanceof ArrayNode array) {
			ArrayNode copy = this.json.createArrayNode();
			array.forEach((item) -> copy.add(reidentify(item, redaction)));
			return copy;
		}
		return node;
	}

	private <I, R extends Record> TaskOutcome<R> outcome(UUID workspaceId, AiTask<I, R> task, ResolvedPrompt prompt,
			ProviderConfig provider, String engine, R result, Usage usage, @Nullable String reason, long start) {
		long latencyMs = (System.nanoTime() - start) / 1_000_000;
		double confidence = task.confidence(result);
		boolean offline = "offline".equals(engine);
		String model = provider.enabled() ? ((usage.model != null) ? usage.model : provider.model()) : null;
		AiCall call = new AiCall(UUID.randomUUID(), workspaceId, Instant.now(), task.name(), provider.provider().code(),
				engine, model, prompt.id(), prompt.version(), prompt.source(), latencyMs, usage.inputTokens,
				usage.outputTokens, this.prices.costUsd(model, usage.inputTokens, usage.outputTokens), offline,
				offline && reason != null, reason, usage.redacted, Double.isNaN(confidence) ? null : confidence);
		try {
			this.calls.record(call);
		}
		catch (RuntimeException ex) {
			log.warn("Could not record AI call of task {} in workspace {}: {}", task.name(), workspaceId,
					ex.getClass().getSimpleName());
		}
		return new TaskOutcome<>(result, engine, offline ? null : model, call.fallback(), reason, prompt.id(),
				prompt.version(), latencyMs, confidence);
	}

	/** The reason without its detail, which may quote an answer: what logs may hold. */
	static String reasonCode(@Nullable String reason) {
		if (reason == null) {
			return "none";
		}
		int colon = reason.indexOf(':');
		return (colon > 0) ? reason.substring(0, colon) : reason;
	}

	/**
	 * Runs a prompt text with sample variables on the workspace's provider (the "try it"
	 * panel), redacted as a task would be; the answer is returned raw and recorded with
	 * prompt source {@code trial}.
	 */
	public Trial trial(UUID workspaceId, ResolvedPrompt prompt, String template, Map<String, String> variables,
			@Nullable Class<? extends Record> resultType) {
		String promptId = prompt.id();
		String lang = prompt.lang();
		ProviderConfig provider = this.providers.forWorkspace(workspaceId);
		if (!provider.enabled()) {
			return new Trial(provider.provider().code(), null, null, "no-provider", 0, 0, 0);
		}
		long start = System.nanoTime();
		RedactionPolicy.Prepared prepared = this.redaction.prepare(workspaceId, provider, variables);
		ObjectNode schema = (resultType != null) ? this.schemas.schema(resultType) : null;
		List<ChatCompletionsClient.Message> messages = List.of(
				new ChatCompletionsClient.Message("system",
						Instructions.system(lang, resultType, schema, provider.jsonSchema(), prepared.redacted())),
				new ChatCompletionsClient.Message("user",
						PromptRenderer.render(template, promptId, prepared.variables())));
		String name = (resultType != null) ? Instructions.schemaName(resultType) : "answer";
		ChatCompletionsClient.Request request = new ChatCompletionsClient.Request(messages, name, schema,
				resultType != null && this.schemas.strict(resultType));
		try {
			ChatCompletionsClient.Completion completion = this.resilience.call(provider,
					() -> this.client.complete(provider, request));
			long latencyMs = (System.nanoTime() - start) / 1_000_000;
			String problem = null;
			if (resultType != null) {
				try {
					List<String> errors = this.schemas.validate(resultType,
							this.json.readTree(Instructions.stripCodeFence(completion.content())));
					problem = errors.isEmpty() ? null : String.join("; ", errors);
				}
				catch (JacksonException ex) {
					problem = "the answer is not valid JSON";
				}
			}
			String model = (completion.model() != null) ? completion.model() : provider.model();
			this.calls.record(new AiCall(UUID.randomUUID(), workspaceId, Instant.now(), promptId,
					provider.provider().code(), provider.provider().code(), model, promptId, prompt.version(), "trial",
					latencyMs, completion.inputTokens(), completion.outputTokens(),
					this.prices.costUsd(model, completion.inputTokens(), completion.outputTokens()), false, false, null,
					prepared.redacted(), null));
			return new Trial(provider.provider().code(), model,
					this.redaction.reidentify(completion.content(), prepared.redaction()), problem, latencyMs,
					completion.inputTokens(), completion.outputTokens());
		}
		catch (CallNotPermittedException ex) {
			return new Trial(provider.provider().code(), provider.model(), null, "circuit-open", 0, 0, 0);
		}
		catch (ProviderException ex) {
			return new Trial(provider.provider().code(), provider.model(), null, ex.reason(), 0, 0, 0);
		}
	}

	/**
	 * A trial run's answer.
	 *
	 * @param problem why the answer is unusable (or no answer), null when fine
	 */
	public record Trial(String provider, @Nullable String model, @Nullable String answer, @Nullable String problem,
			long latencyMs, long inputTokens, long outputTokens) {
	}

	/** Exposes the configured provider of a workspace (for pages). */
	public ProviderConfig provider(UUID workspaceId) {
		return this.providers.forWorkspace(workspaceId);
	}

}
