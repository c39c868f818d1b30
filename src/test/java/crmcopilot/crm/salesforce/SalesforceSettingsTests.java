package crmcopilot.crm.salesforce;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Salesforce connector's settings from the environment variables the README
 * documents.
 */
class SalesforceSettingsTests {

	@Test
	void should_take_every_documented_environment_variable() {
		SalesforceSettings settings = bind(
				Map.of("COPILOT_SALESFORCE_CLIENT_ID", "3MVG9-client", "COPILOT_SALESFORCE_CLIENT_SECRET", "s3cret",
						"COPILOT_SALESFORCE_API_VERSION", "v63.0", "COPILOT_SALESFORCE_EXTERNAL_ID_FIELD", "Acme_Id__c",
						"COPILOT_SALESFORCE_ALLOWED_HOSTS", "sf.test,login.sf.test", "COPILOT_SALESFORCE_TIMEOUT",
						"45s", "COPILOT_SALESFORCE_RETRY_BACKOFF", "5m", "COPILOT_SALESFORCE_MAX_ATTEMPTS", "4"));

		assertThat(settings).isEqualTo(new SalesforceSettings("3MVG9-client", "s3cret", "v63.0", "Acme_Id__c",
				List.of("sf.test", "login.sf.test"), Duration.ofSeconds(45), Duration.ofMinutes(5), 4));
	}

	@Test
	void should_keep_the_documented_defaults_without_variables() {
		SalesforceSettings settings = bind(Map.of());

		assertThat(settings).isEqualTo(new SalesforceSettings("", "", "v62.0", "CrmCopilot_Id__c", List.of(),
				Duration.ofSeconds(20), Duration.ofMinutes(1), 12));
		assertThat(settings.configured()).isFalse();
	}

	private static SalesforceSettings bind(Map<String, Object> variables) {
		return new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)))
			.bindOrCreate("copilot.salesforce", SalesforceSettings.class);
	}

}
