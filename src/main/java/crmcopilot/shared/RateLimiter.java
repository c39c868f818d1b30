package crmcopilot.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.stereotype.Component;

/**
 * The one rate limiter: a fixed window per key (a client address and what it does).
 * Counts are kept in memory per instance, bounded in size, and expire with their window.
 */
@Component
public class RateLimiter {

	private final Clock clock;

	private final Cache<String, Window> windows = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfter(new Expiry<String, Window>() {
			@Override
			public long expireAfterCreate(String key, Window window, long currentTime) {
				return window.lengthNanos;
			}

			@Override
			public long expireAfterUpdate(String key, Window window, long currentTime, long currentDuration) {
				return currentDuration;
			}

			@Override
			public long expireAfterRead(String key, Window window, long currentTime, long currentDuration) {
				return currentDuration;
			}
		})
		.build();

	public RateLimiter() {
		this(Clock.systemUTC());
	}

	RateLimiter(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Counts one use of {@code key}.
	 * @param limit uses allowed per window
	 * @param window the window's length; windows start at multiples of it
	 * @return false when the key has used up its window
	 */
	public boolean tryAcquire(String key, int limit, Duration window) {
		long length = Math.max(1, window.toMillis());
		long index = this.clock.millis() / length;
		Window current = this.windows.get(key + "@" + length + "#" + index,
				(k) -> new Window(TimeUnit.MILLISECONDS.toNanos(length)));
		return current.count.incrementAndGet() <= limit;
	}

	private static final class Window {

		private final long lengthNanos;

		private final AtomicInteger count = new AtomicInteger();

		private Window(long lengthNanos) {
			this.lengthNanos = lengthNanos;
		}

	}

}
