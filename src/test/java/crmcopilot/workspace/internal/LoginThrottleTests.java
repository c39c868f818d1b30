package crmcopilot.workspace.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import crmcopilot.TestClock;
import crmcopilot.shared.RateLimiter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final TestClock clock = new TestClock(Instant.parse("2026-12-06T10:00:00Z"));

	private LoginThrottle throttle;

	@BeforeEach
	void database() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/V23_1__rate_limit_windows.sql"))
			.execute(dataSource);
		this.throttle = new LoginThrottle(new RateLimiter(JdbcClient.create(dataSource),
				new DataSourceTransactionManager(dataSource), this.clock));
	}

	@Test
	void should_make_an_account_wait_longer_as_its_failures_go_on() {
		fail("ana@example.test", "10.0.0.1", 5);
		assertThat(this.throttle.allows("ana@example.test", "10.0.0.1")).isFalse();
		assertThat(this.throttle.allows("ANA@example.test ", "10.0.0.1")).isFalse();

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.throttle.allows("ana@example.test", "10.0.0.1")).isTrue();
		fail("ana@example.test", "10.0.0.1", 5);

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.throttle.allows("ana@example.test", "10.0.0.1")).as("ten failures in 15 minutes").isFalse();
		this.clock.advance(Duration.ofMinutes(13));
		assertThat(this.throttle.allows("ana@example.test", "10.0.0.1")).isTrue();
	}

	@Test
	void should_not_let_one_address_lock_an_account_for_everyone() {
		fail("ben@example.test", "10.0.0.66", 5);

		assertThat(this.throttle.allows("ben@example.test", "10.0.0.66")).isFalse();
		assertThat(this.throttle.allows("ben@example.test", "10.0.0.2")).isTrue();
	}

	@Test
	void should_slow_down_one_address_spraying_many_accounts() {
		for (int account = 0; account < 20; account++) {
			assertThat(this.throttle.allows("user" + account + "@example.test", "10.0.0.9")).isTrue();
			fail("user" + account + "@example.test", "10.0.0.9", 1);
		}

		assertThat(this.throttle.allows("user99@example.test", "10.0.0.9")).isFalse();
		assertThat(this.throttle.allows("user99@example.test", "10.0.0.10")).isTrue();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.throttle.allows("user99@example.test", "10.0.0.9")).isTrue();
	}

	@Test
	void should_throttle_an_account_guessed_from_many_addresses() {
		for (int address = 0; address < 50; address++) {
			fail("cleo@example.test", "10.0.1." + address, 1);
		}

		assertThat(this.throttle.allows("cleo@example.test", "10.0.2.1")).isFalse();
	}

	private void fail(String account, String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(account, address);
		}
	}

}
