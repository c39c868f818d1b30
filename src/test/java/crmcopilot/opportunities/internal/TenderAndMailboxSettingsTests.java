package crmcopilot.opportunities.internal;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tender crawl and sales mailbox settings from the variables the README documents.
 */
class TenderAndMailboxSettingsTests {

	private static final Map<String, Object> VARIABLES = Map.of("COPILOT_TENDERS_LISTING_URL",
			"https://tenders.test/avis", "COPILOT_TENDERS_MAX_PAGES", "3", "COPILOT_TENDERS_MAX_ATTEMPTS", "2",
			"COPILOT_TENDERS_RETRY_BACKOFF", "10m", "COPILOT_OPPORTUNITIES_MAILBOX_INTERVAL", "5m");

	@Test
	void should_take_every_documented_tender_variable() {
		TenderSettings settings = binder(VARIABLES).bindOrCreate("copilot.tenders", TenderSettings.class);

		assertThat(settings).isEqualTo(new TenderSettings("https://tenders.test/avis", 2, 3, Duration.ofMinutes(10)));
	}

	@Test
	void should_take_the_documented_mailbox_interval_variable() {
		MailboxSettings settings = binder(VARIABLES).bindOrCreate("copilot.opportunities.mailbox",
				MailboxSettings.class);

		assertThat(settings.interval()).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void should_keep_the_documented_defaults_without_variables() {
		Binder binder = binder(Map.of());

		assertThat(binder.bindOrCreate("copilot.tenders", TenderSettings.class)).isEqualTo(new TenderSettings(
				"https://www.marchespublics.sn/index.php?option=com_marches&view=avis", 6, 20, Duration.ofMinutes(1)));
		assertThat(binder.bindOrCreate("copilot.opportunities.mailbox", MailboxSettings.class).interval())
			.isEqualTo(Duration.ofMinutes(2));
	}

	private static Binder binder(Map<String, Object> variables) {
		return new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)));
	}

}
