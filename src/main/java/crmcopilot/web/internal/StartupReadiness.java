package crmcopilot.web.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps readiness ({@code /actuator/health/readiness}) at REFUSING_TRAFFIC after start-up
 * while module events published during start-up are still being handled (the demo
 * workspace's data, default categories, events left over from before a restart): requests
 * that depend on that work would otherwise race it. Gives up waiting after
 * {@link #MAX_WAIT} so that a listener that keeps failing does not keep the service out
 * of rotation for good.
 */
@Component
class StartupReadiness {

	static final Duration MAX_WAIT = Duration.ofMinutes(3);

	private static final Duration POLL = Duration.ofMillis(250);

	private static final Logger log = LoggerFactory.getLogger(StartupReadiness.class);

	private final ApplicationContext context;

	private final JdbcClient jdbc;

	private final Instant started = Instant.now();

	private volatile boolean checked;

	StartupReadiness(ApplicationContext context, JdbcClient jdbc) {
		this.context = context;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AvailabilityChangeEvent<ReadinessState> event) {
		if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || this.checked) {
			return;
		}
		this.checked = true;
		Instant readyAt = Instant.now();
		if (pendingSince(readyAt) == 0) {
			return;
		}
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		Thread.ofVirtual().name("startup-readiness").start(() -> awaitStartupWork(readyAt));
	}

	private void awaitStartupWork(Instant readyAt) {
		Instant deadline = readyAt.plus(MAX_WAIT);
		long pending = pendingSince(readyAt);
		while (pending > 0 && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			pending = pendingSince(readyAt);
		}
		if (pending > 0) {
			log.warn("{} start-up event(s) still not handled after {}; accepting traffic anyway", pending, MAX_WAIT);
		}
		else {
			log.info("Start-up work done {} ms after start", Duration.between(this.started, Instant.now()).toMillis());
		}
		AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	/**
	 * Publications made before the service was ready that are not handled yet, read from
	 * Spring Modulith's publication table (failed ones are left to resubmission).
	 */
	private long pendingSince(Instant readyAt) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
					+ " AND (status IS NULL OR status IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED'))"
					+ " AND publication_date <= :readyAt")
			.param("readyAt", OffsetDateTime.ofInstant(readyAt, ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

}
