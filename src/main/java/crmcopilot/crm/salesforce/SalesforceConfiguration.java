package crmcopilot.crm.salesforce;

import crmcopilot.audit.AuditJournal;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.shared.SsrfGuard;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxDrainer;
import crmcopilot.workspace.SecretCipher;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The connector's parts; its pushes are delivered by the shared outbox's drainer through
 * {@link SalesforcePushChannel}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SalesforceSettings.class)
class SalesforceConfiguration {

	@Bean
	SalesforceStore salesforceStore(JdbcClient jdbc, SecretCipher cipher, JsonMapper json) {
		return new SalesforceStore(jdbc, cipher, json);
	}

	@Bean
	SalesforceOAuth salesforceOAuth(SalesforceSettings settings, SalesforceStore store, JsonMapper json,
			SsrfGuard guard) {
		return new SalesforceOAuth(settings, store, new SalesforceClient(json, settings.timeout(), guard));
	}

	@Bean
	SalesforcePushChannel salesforcePushChannel(SalesforceSettings settings, SalesforceStore store,
			SalesforceOAuth oauth, AccountDirectory directory, AuditJournal journal) {
		return new SalesforcePushChannel(settings, store, oauth, new SalesforceRecords(settings), directory, journal);
	}

	@Bean
	SalesforceTaskChannel salesforceTaskChannel(SalesforceSettings settings, SalesforceOAuth oauth,
			AccountDirectory directory, Outbox outbox, JsonMapper json) {
		return new SalesforceTaskChannel(settings, oauth, directory, outbox, json);
	}

	@Bean
	SalesforceConnectorService salesforceConnector(SalesforceSettings settings, SalesforceStore store,
			SalesforceOAuth oauth, Outbox outbox, OutboxDrainer drainer, AccountDirectory directory,
			AuditJournal journal, SalesforceTaskChannel tasks) {
		return new SalesforceConnectorService(settings, store, oauth, outbox, drainer, directory, journal, tasks);
	}

}
