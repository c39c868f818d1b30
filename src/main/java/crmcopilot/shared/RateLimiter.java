package crmcopilot.shared;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one rate limiter: a fixed window per key (a client address and what it does),
 * counted in the database (table {@code rate_limit_windows}, one row per key and window)
 * so that every instance of the service counts against the same limit.
 * <p>
 * Each count runs in its own short transaction: a refused or failed request still counts,
 * and a caller's rollback does not undo it. The increment is one conditional
 * {@code UPDATE} (the row lock serialises instances); the first use of a window inserts
 * its row with {@code ON CONFLICT DO NOTHING}, understood by PostgreSQL and by H2 in
 * PostgreSQL mode.
 */
@Component
public class RateLimiter {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	@Autowired
	public RateLimiter(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this(jdbc, transactions, Clock.systemUTC());
	}

	/** With its own clock (tests move it instead of waiting). */
	public RateLimiter(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Counts one use of {@code key}.
	 * @param limit uses allowed per window
	 * @param window the window's length; windows start at multiples of it
	 * @return false when the key has used up its window (the refused use is not counted)
	 */
	public boolean tryAcquire(String key, int limit, Duration window) {
		if (limit <= 0) {
			return false;
		}
		Window current = window(key, window);
		Boolean acquired = this.ownTransaction.execute((status) -> {
			if (increment(current, limit)) {
				return true;
			}
			int inserted = this.jdbc
				.sql("INSERT INTO rate_limit_windows (limit_key, window_start, hits, expires_at) VALUES (?, ?, 1, ?) "
						+ "ON CONFLICT DO NOTHING")
				.params(current.key, current.start, current.end)
				.update();
			return inserted == 1 || increment(current, limit);
		});
		return Boolean.TRUE.equals(acquired);
	}

	/**
	 * How many uses {@code key} has counted in its current window, without counting one.
	 */
	public int hits(String key, Duration window) {
		Window current = window(key, window);
		return this.jdbc.sql("SELECT hits FROM rate_limit_windows WHERE limit_key = ? AND window_start = ?")
			.params(current.key, current.start)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/** Forgets the windows that have ended (run now and then by a scheduled task). */
	int deleteEnded() {
		return this.jdbc.sql("DELETE FROM rate_limit_windows WHERE expires_at <= ?")
			.param(this.clock.millis())
			.update();
	}

	private boolean increment(Window current, int limit) {
		return this.jdbc
			.sql("UPDATE rate_limit_windows SET hits = hits + 1 WHERE limit_key = ? AND window_start = ? AND hits < ?")
			.params(current.key, current.start, limit)
			.update() == 1;
	}

	private Window window(String key, Duration window) {
		long length = Math.max(1, window.toMillis());
		long start = Math.floorDiv(this.clock.millis(), length) * length;
		return new Window(Texts.truncate(key, 280) + "@" + length, start, start + length);
	}

	private record Window(String key, long start, long end) {

	}

}
