package crmcopilot.support.internal;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import crmcopilot.ai.Summariser;
import crmcopilot.ai.UrgencyCues;
import crmcopilot.workspace.PermissionGrants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static crmcopilot.workspace.Role.ADMIN;
import static crmcopilot.workspace.Role.AGENT;
import static crmcopilot.workspace.Role.MANAGER;
import static crmcopilot.workspace.Role.VIEWER;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupportSettings.class)
class SupportModuleConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SupportModuleConfiguration.class);

	@Bean
	PermissionGrants supportPermissions() {
		return PermissionGrants.of("support")
			.grant(SupportPermissions.VIEW, ADMIN, MANAGER, AGENT, VIEWER)
			.grant(SupportPermissions.INGEST, ADMIN, MANAGER, AGENT)
			.grant(SupportPermissions.REPLY, ADMIN, MANAGER, AGENT)
			.grant(SupportPermissions.MANAGE, ADMIN, MANAGER);
	}

	@Bean
	OfflineTriageEngine offlineTriageEngine(Summariser summariser, UrgencyCues urgencyCues) {
		return new OfflineTriageEngine(summariser, urgencyCues);
	}

	@Bean
	TwilioClient twilioClient(SupportSettings settings, JsonMapper json) {
		return new TwilioClient(settings.twilioBaseUrl(), settings.timeout(), json);
	}

	@Bean
	TriageTask triageTask(OfflineTriageEngine engine) {
		return new TriageTask(engine);
	}

	@Bean
	RecurringTask<Void> supportMailboxPolling(MailboxPolling polling, SupportSettings settings) {
		return Tasks.recurring("support-imap", Schedules.fixedDelay(settings.imapPollInterval()))
			.execute((instance, context) -> polling.pollAll());
	}

	/** A message stored but never triaged (crash, outage) is triaged on the next pass. */
	@Bean
	RecurringTask<Void> supportTriageRecovery(SupportStore store, SupportIntakeService intake) {
		return Tasks.recurring("support-triage-recovery", Schedules.fixedDelay(java.time.Duration.ofMinutes(2)))
			.execute((instance, context) -> {
				for (SupportStore.MessageRef ref : store.untriaged(Instant.now().minusSeconds(60), 50)) {
					try {
						intake.triageAndRoute(ref.workspaceId(), ref.messageId());
					}
					catch (RuntimeException ex) {
						log.warn("Triage of message {} failed again: {}", ref.messageId(), ex.getMessage());
					}
				}
			});
	}

}
