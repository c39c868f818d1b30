package crmcopilot.shared.outbox;

import java.time.Duration;

/**
 * How often and how far apart a channel's items are tried: the first retry waits
 * {@code firstWait}, each next one twice as long, never more than {@code maxWait}; after
 * {@code maxAttempts} failed attempts the item is given up ({@link OutboxStatus#FAILED}).
 */
public record RetryPolicy(int maxAttempts, Duration firstWait, Duration maxWait) {

	/** 20 attempts, 30 s, 1 min, 2 min ... capped at one hour. */
	public static final RetryPolicy DEFAULT = new RetryPolicy(20, Duration.ofSeconds(30), Duration.ofHours(1));

	public RetryPolicy {
		if (maxAttempts < 1 || firstWait.isNegative() || maxWait.compareTo(firstWait) < 0) {
			throw new IllegalArgumentException("invalid retry policy");
		}
	}

	/** The same waits with another number of attempts. */
	public RetryPolicy withMaxAttempts(int attempts) {
		return new RetryPolicy(attempts, this.firstWait, this.maxWait);
	}

	/** The wait after the given number of failed attempts (1 for the first). */
	public Duration backoff(int attempts) {
		Duration wait = this.firstWait.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return (wait.compareTo(this.maxWait) > 0) ? this.maxWait : wait;
	}

}
