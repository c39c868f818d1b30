package crmcopilot;

import java.time.Duration;

import org.awaitility.Awaitility;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every module seeds the demo workspace asynchronously when it hears
 * {@code WorkspaceCreated}; tests that read demo data wait until the event publication
 * registry has no incomplete publication of that event left.
 */
public final class DemoData {

	private DemoData() {
	}

	public static void awaitSeeded(JdbcClient jdbc) {
		awaitSeeded(jdbc, Duration.ofMinutes(4));
	}

	public static void awaitSeeded(JdbcClient jdbc, Duration limit) {
		Awaitility.await()
			.atMost(limit)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> jdbc
				.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
						+ "AND event_type LIKE '%WorkspaceCreated'")
				.query(Long.class)
				.single() == 0);
	}

}
