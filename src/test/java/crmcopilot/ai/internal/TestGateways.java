package crmcopilot.ai.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.json.JsonMapper;

import crmcopilot.ai.AiGateway;
import crmcopilot.workspace.PrivacyLevel;

/**
 * Builds a gateway without Spring for tests: a fixed provider, the class-path prompt
 * files, calls recorded in memory. Other modules' task tests may use it too.
 */
public final class TestGateways {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private ProviderConfig provider = ProviderConfig.NONE;

	private PrivacyLevel privacyLevel = PrivacyLevel.PRIVATE;

	private Collection<String> knownNames = List.of();

	private Duration timeout = Duration.ofSeconds(5);

	private int maxAttempts = 3;

	private Duration backoff = Duration.ofMillis(10);

	private Duration maxRetryAfter = Duration.ofSeconds(5);

	private int minimumCalls = 20;

	private Duration openDuration = Duration.ofSeconds(60);

	private Clock clock = Clock.systemUTC();

	private final List<Duration> retryWaits = new CopyOnWriteArrayList<>();

	private final List<AiCall> calls = new CopyOnWriteArrayList<>();

	private ProviderResilience resilience;

	private TestGateways() {
	}

	public static TestGateways builder() {
		return new TestGateways();
	}

	/** A gateway answering every task offline. */
	public static AiGateway offline() {
		return builder().build();
	}

	/** A provider of the given kind at {@code baseUrl}. */
	public TestGateways provider(String provider, String baseUrl, String apiKey, String model) {
		return provider(
				ProviderConfig.of(LlmProvider.fromCode(provider), baseUrl, apiKey, model, null, null, true, false));
	}

	public TestGateways provider(ProviderConfig provider) {
		this.provider = provider;
		return this;
	}

	public TestGateways privacy(PrivacyLevel level, Collection<String> names) {
		this.privacyLevel = level;
		this.knownNames = names;
		return this;
	}

	public TestGateways timeout(Duration timeout) {
		this.timeout = timeout;
		return this;
	}

	public TestGateways retries(int maxAttempts, Duration maxRetryAfter) {
		this.maxAttempts = maxAttempts;
		this.maxRetryAfter = maxRetryAfter;
		return this;
	}

	/** A breaker that opens after {@code minimumCalls} failing calls. */
	public TestGateways breaker(int minimumCalls, Duration openDuration) {
		this.minimumCalls = minimumCalls;
		this.openDuration = openDuration;
		return this;
	}

	/** The clock the circuit breakers wait by. */
	public TestGateways clock(Clock clock) {
		this.clock = clock;
		return this;
	}

	public LlmGateway build() {
		AiSettings.Resilience settings = new AiSettings.Resilience(this.timeout, this.maxAttempts, this.backoff,
				this.maxRetryAfter, 50, this.minimumCalls, this.minimumCalls, this.openDuration);
		this.resilience = new ProviderResilience(settings, this.retryWaits::add, this.clock);
		PatternPiiRedactor redactor = new PatternPiiRedactor();
		ProviderConfig fixed = this.provider;
		PrivacyLevel level = this.privacyLevel;
		Collection<String> names = this.knownNames;
		return new LlmGateway((UUID workspaceId) -> fixed, new PromptFiles(),
				new ChatCompletionsClient(JSON, this.timeout), this.resilience, new ResultSchemas(JSON),
				new RedactionPolicy(redactor, (workspaceId) -> level, (workspaceId) -> names), this.calls::add,
				new PriceTable(Map.of("gpt-4o-mini", new AiSettings.Price(0.15, 0.60))), JSON);
	}

	/** Waits the retry policy asked for, in order. */
	public List<Duration> retryWaits() {
		return new ArrayList<>(this.retryWaits);
	}

	public List<AiCall> calls() {
		return new ArrayList<>(this.calls);
	}

	public ProviderResilience resilience() {
		return this.resilience;
	}

}
