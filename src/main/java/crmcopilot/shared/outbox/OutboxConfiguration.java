package crmcopilot.shared.outbox;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	/** The one drainer: db-scheduler runs it on one instance at a time. */
	@Bean
	RecurringTask<Void> outboxDelivery(OutboxDrainer drainer, OutboxSettings settings) {
		return Tasks.recurring("outbox", Schedules.fixedDelay(settings.interval()))
			.execute((instance, context) -> drainer.deliverDue());
	}

}
