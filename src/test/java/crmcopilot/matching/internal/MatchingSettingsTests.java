package crmcopilot.matching.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings record holds the defaults, and the documented variables reach it. */
class MatchingSettingsTests {

	@Test
	void should_take_its_defaults_from_the_record() {
		MatchingSettings settings = bind(Map.of());
		assertThat(settings).isEqualTo(new MatchingSettings(20, 5, 0.02, 60, "no-reply@crm-copilot.local"));
	}

	@Test
	void should_read_every_documented_environment_variable() {
		MatchingSettings settings = bind(Map.of("COPILOT_MATCHING_SUBMISSIONS_PER_HOUR", "7",
				"COPILOT_MATCHING_RESULT_COUNT", "3", "COPILOT_MATCHING_BALANCE_PENALTY", "0.5",
				"COPILOT_MATCHING_RETURN_VISITS_PER_HOUR", "9", "COPILOT_MATCHING_MAIL_FROM", "hello@example.com"));
		assertThat(settings).isEqualTo(new MatchingSettings(7, 3, 0.5, 9, "hello@example.com"));
	}

	private static MatchingSettings bind(Map<String, Object> variables) {
		MutablePropertySources sources = new MutablePropertySources();
		sources.addFirst(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate("copilot.matching",
				MatchingSettings.class);
	}

}
