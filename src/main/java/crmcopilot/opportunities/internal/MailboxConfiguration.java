package crmcopilot.opportunities.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailboxSettings.class)
class MailboxConfiguration {

	/** Every configured sales mailbox, read on a fixed delay. */
	@Bean
	RecurringTask<Void> opportunitiesMailboxPolling(MailboxCapture mailboxes, MailboxSettings settings) {
		return Tasks.recurring("opportunities-imap", Schedules.fixedDelay(settings.interval()))
			.execute((instance, context) -> mailboxes.pollAll());
	}

}
