package crmcopilot.learning.internal.worker;

import crmcopilot.learning.internal.LearningSettings;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the learning worker on the cluster-safe scheduler. */
@Configuration(proxyBeanMethods = false)
class LearningWorkerTask {

	@Bean
	RecurringTask<Void> learningWorkerRecurringTask(LearningWorker worker, LearningSettings settings) {
		return Tasks.recurring("learning-worker", Schedules.cron(sixFields(settings.cron())))
			.execute((instance, context) -> worker.runOnce());
	}

	/** Accepts Unix 5-field cron ({@code 0 2 * * *}) by adding the seconds field. */
	static String sixFields(String cron) {
		String trimmed = cron.trim();
		return (trimmed.split("\\s+").length == 5) ? "0 " + trimmed : trimmed;
	}

}
