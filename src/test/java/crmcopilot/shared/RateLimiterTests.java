package crmcopilot.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import crmcopilot.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

	private final TestClock clock = new TestClock(Instant.parse("2026-12-06T10:00:00Z"));

	private RateLimiter limiter;

	private JdbcClient jdbc;

	@BeforeEach
	void database() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/V23_1__rate_limit_windows.sql"))
			.execute(dataSource);
		this.jdbc = JdbcClient.create(dataSource);
		this.limiter = new RateLimiter(this.jdbc, new DataSourceTransactionManager(dataSource), this.clock);
	}

	@Test
	void should_limit_each_key_per_window_and_open_a_new_window() {
		Duration hour = Duration.ofHours(1);
		assertThat(this.limiter.tryAcquire("form:1.2.3.4", 2, hour)).isTrue();
		assertThat(this.limiter.tryAcquire("form:1.2.3.4", 2, hour)).isTrue();
		assertThat(this.limiter.tryAcquire("form:1.2.3.4", 2, hour)).isFalse();
		assertThat(this.limiter.tryAcquire("form:5.6.7.8", 2, hour)).isTrue();
		assertThat(this.limiter.hits("form:1.2.3.4", hour)).isEqualTo(2);
		this.clock.advance(hour);
		assertThat(this.limiter.tryAcquire("form:1.2.3.4", 2, hour)).isTrue();
	}

	@Test
	void should_count_concurrent_uses_exactly_once_each() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Callable<Boolean>> uses = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			uses.add(() -> this.limiter.tryAcquire("burst", 25, Duration.ofMinutes(1)));
		}
		int acquired = 0;
		for (Future<Boolean> use : threads.invokeAll(uses)) {
			acquired += use.get() ? 1 : 0;
		}
		threads.shutdown();
		assertThat(acquired).isEqualTo(25);
		assertThat(this.limiter.hits("burst", Duration.ofMinutes(1))).isEqualTo(25);
	}

	@Test
	void should_forget_ended_windows() {
		this.limiter.tryAcquire("a", 5, Duration.ofMinutes(1));
		this.limiter.tryAcquire("b", 5, Duration.ofHours(1));
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.limiter.deleteEnded()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM rate_limit_windows").query(Integer.class).single()).isOne();
	}

}
