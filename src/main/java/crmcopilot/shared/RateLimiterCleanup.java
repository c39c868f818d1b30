package crmcopilot.shared;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimiterCleanup {

	/** Ended windows are deleted every ten minutes, by one instance at a time. */
	@Bean
	RecurringTask<Void> rateLimitCleanup(RateLimiter limiter) {
		return Tasks.recurring("rate-limit-cleanup", Schedules.fixedDelay(Duration.ofMinutes(10)))
			.execute((instance, context) -> limiter.deleteEnded());
	}

}
