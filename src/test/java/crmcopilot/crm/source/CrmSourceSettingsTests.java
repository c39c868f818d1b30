package crmcopilot.crm.source;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer-source settings from the environment variables the README documents. */
class CrmSourceSettingsTests {

	@Test
	void should_take_every_documented_environment_variable() {
		CrmSourceSettings settings = bind(
				Map.of("COPILOT_CRM_CSV_MAX_BYTES", "1048576", "COPILOT_CRM_QUERY_TIMEOUT", "90"));

		assertThat(settings).isEqualTo(new CrmSourceSettings(1_048_576, 90, 5000));
	}

	@Test
	void should_keep_the_documented_defaults_without_variables() {
		assertThat(bind(Map.of())).isEqualTo(new CrmSourceSettings(20_971_520, 60, 5000));
	}

	private static CrmSourceSettings bind(Map<String, Object> variables) {
		return new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)))
			.bindOrCreate("copilot.crm", CrmSourceSettings.class);
	}

}
