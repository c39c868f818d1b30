package crmcopilot.crawler.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Spaces requests to one host: at least the minimum delay apart, or the host's robots.txt
 * Crawl-delay when longer (at most 30 s). Requests from several threads take the next
 * free slot of their host; time is read from the given ticker and the wait goes through
 * the given sleeper.
 */
public final class HostPacing {

	private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

	/** Waits on the calling thread; tests pass one that records. */
	@FunctionalInterface
	public interface Sleeper {

		/** Waits with {@link Thread#sleep(Duration)}. */
		Sleeper SYSTEM = Thread::sleep;

		void sleep(Duration duration) throws InterruptedException;

	}

	private final Duration minDelay;

	private final LongSupplier nanoTime;

	private final Sleeper sleeper;

	private final Map<String, Long> nextSlotNanos = new ConcurrentHashMap<>();

	private final Map<String, Long> crawlDelays = new ConcurrentHashMap<>();

	public HostPacing(Duration minDelay, Sleeper sleeper) {
		this(minDelay, System::nanoTime, sleeper);
	}

	/** Pacing on the given ticker (nanoseconds, as {@link System#nanoTime()}). */
	public HostPacing(Duration minDelay, LongSupplier nanoTime, Sleeper sleeper) {
		this.minDelay = minDelay;
		this.nanoTime = nanoTime;
		this.sleeper = sleeper;
	}

	/** Remembers a host's robots.txt Crawl-delay, in milliseconds. */
	public void crawlDelay(String host, long millis) {
		if (millis > 0) {
			this.crawlDelays.put(host, Math.min(millis, MAX_CRAWL_DELAY.toMillis()));
		}
	}

	/** Waits for the host's next slot. */
	public void waitForSlot(String host) {
		long gap = Math.max(this.minDelay.toNanos(),
				Duration.ofMillis(this.crawlDelays.getOrDefault(host, 0L)).toNanos());
		long wait;
		synchronized (this.nextSlotNanos) {
			long now = this.nanoTime.getAsLong();
			long slot = Math.max(now, this.nextSlotNanos.getOrDefault(host, now));
			this.nextSlotNanos.put(host, slot + gap);
			wait = slot - now;
		}
		if (wait > 0) {
			sleep(Duration.ofNanos(wait));
		}
	}

	/** Waits the given time (a retry's backoff); an interrupt ends the wait early. */
	public void sleep(Duration duration) {
		try {
			this.sleeper.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
