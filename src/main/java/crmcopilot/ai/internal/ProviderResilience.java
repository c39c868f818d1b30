package crmcopilot.ai.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * Bounded retries with exponential backoff (or the provider's {@code Retry-After}) inside
 * one circuit breaker per provider endpoint. A {@code Retry-After} longer than
 * {@code maxRetryAfter} is not waited for: the task falls back at once.
 */
class ProviderResilience {

	private final CircuitBreakerRegistry breakers;

	private final RetryRegistry retries;

	private final Consumer<Duration> retryListener;

	ProviderResilience(AiSettings.Resilience settings) {
		this(settings, (wait) -> {
		});
	}

	/**
	 * @param retryListener told of each wait before a retry (for tests and metrics)
	 */
	ProviderResilience(AiSettings.Resilience settings, Consumer<Duration> retryListener) {
		this(settings, retryListener, Clock.systemUTC());
	}

	/**
	 * @param clock the time the breakers wait in the open state by (tests move it)
	 */
	ProviderResilience(AiSettings.Resilience settings, Consumer<Duration> retryListener, Clock clock) {
		this.retryListener = retryListener;
		this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(Math.max(settings.windowSize(), settings.minimumCalls()))
			.minimumNumberOfCalls(settings.minimumCalls())
			.failureRateThreshold(settings.failureRateThreshold())
			.waitDurationInOpenState(settings.openDuration())
			.clock(clock)
			.permittedNumberOfCallsInHalfOpenState(1)
			.recordException((ex) -> ex instanceof ProviderException)
			.build());
		long backoff = Math.max(1, settings.backoff().toMillis());
		long maxRetryAfter = settings.maxRetryAfter().toMillis();
		IntervalBiFunction<Object> interval = (attempt, outcome) -> {
			if (outcome.isLeft() && outcome.getLeft() instanceof ProviderException failure
					&& failure.retryAfter() != null) {
				return Math.min(failure.retryAfter().toMillis(), maxRetryAfter);
			}
			return backoff * (1L << Math.min(attempt - 1, 6));
		};
		this.retries = RetryRegistry.of(RetryConfig.custom()
			.maxAttempts(Math.max(1, settings.maxAttempts()))
			.intervalBiFunction(interval)
			.retryOnException((ex) -> ex instanceof ProviderException failure && failure.retryable()
					&& (failure.retryAfter() == null || failure.retryAfter().toMillis() <= maxRetryAfter))
			.failAfterMaxAttempts(false)
			.build());
		this.retries.getEventPublisher()
			.onEntryAdded((added) -> added.getAddedEntry()
				.getEventPublisher()
				.onRetry((retry) -> this.retryListener.accept(retry.getWaitInterval())));
	}

	/**
	 * Runs {@code call} for {@code provider} with retries inside its circuit breaker.
	 * @throws ProviderException when the last attempt failed
	 * @throws io.github.resilience4j.circuitbreaker.CallNotPermittedException when the
	 * breaker is open
	 */
	public <T> T call(ProviderConfig provider, Supplier<T> call) {
		Retry retry = this.retries.retry(provider.endpointKey());
		return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker(provider), call)).get();
	}

	/** Whether calls to this provider are currently refused by its breaker. */
	public boolean open(ProviderConfig provider) {
		CircuitBreaker.State state = breaker(provider).getState();
		return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
	}

	public CircuitBreaker.State state(ProviderConfig provider) {
		return breaker(provider).getState();
	}

	private CircuitBreaker breaker(ProviderConfig provider) {
		return this.breakers.circuitBreaker(provider.endpointKey());
	}

}
