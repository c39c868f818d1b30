package crmcopilot.matching.internal.booking;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReminderSchedule {

	/**
	 * Every 30 minutes, by one instance at a time: a period shorter than the two-hour
	 * window of {@link AppointmentReminders}, so no appointment is missed.
	 */
	@Bean
	RecurringTask<Void> matchingReminders(AppointmentReminders reminders) {
		return Tasks.recurring("matching-reminders", Schedules.fixedDelay(Duration.ofMinutes(30)))
			.execute((instance, context) -> reminders.sendDue());
	}

}
