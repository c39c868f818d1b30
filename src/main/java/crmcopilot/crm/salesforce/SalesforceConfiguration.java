package crmcopilot.crm.salesforce;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import crmcopilot.audit.AuditJournal;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.workspace.SecretCipher;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SalesforceSettings.class)
class SalesforceConfiguration {

	@Bean
	SalesforceConnectorService salesforceConnector(SalesforceSettings settings, JdbcClient jdbc, SecretCipher cipher,
			JsonMapper json, AccountDirectory directory, AuditJournal journal) {
		return new SalesforceConnectorService(settings, jdbc, cipher, json, directory, journal);
	}

	/**
	 * Drains the push outbox; entries wait with exponential backoff while Salesforce is
	 * away.
	 */
	@Bean
	RecurringTask<Void> salesforceOutbox(SalesforceConnectorService connector, SalesforceSettings settings) {
		return Tasks.recurring("salesforce-outbox", Schedules.fixedDelay(settings.outboxInterval()))
			.execute((instance, context) -> connector.processDue());
	}

}
