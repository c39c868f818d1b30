package crmcopilot.crawler.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crawler's settings from the environment variables the README documents, above the
 * module's config file as in the running application.
 */
class CrawlerSettingsTests {

	@Test
	void should_take_every_documented_environment_variable() throws IOException {
		CrawlerSettings settings = bind(Map.of("COPILOT_CRAWLER_USER_AGENT", "acme-bot", "COPILOT_CRAWLER_CONTACT_URL",
				"https://acme.example/bot", "COPILOT_CRAWLER_CONNECT_TIMEOUT", "7s", "COPILOT_CRAWLER_READ_TIMEOUT",
				"20s", "COPILOT_CRAWLER_MIN_DELAY", "3s", "COPILOT_CRAWLER_RETRY_BACKOFF", "4s",
				"COPILOT_CRAWLER_ROBOTS_TTL", "12h", "COPILOT_CRAWLER_ALLOWED_HOSTS", "a.test,b.test"));

		assertThat(settings).isEqualTo(new CrawlerSettings("acme-bot", "https://acme.example/bot",
				Duration.ofSeconds(7), Duration.ofSeconds(20), Duration.ofSeconds(3), Duration.ofSeconds(4),
				Duration.ofHours(12), Set.of("a.test", "b.test")));
	}

	@Test
	void should_keep_the_documented_defaults_without_variables() throws IOException {
		CrawlerSettings settings = bind(Map.of());

		assertThat(settings).isEqualTo(new CrawlerSettings("crm-copilot-bot", "http://copilot.test/public/crawler",
				Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(2), Duration.ofSeconds(1),
				Duration.ofHours(6), Set.of()));
	}

	private static CrawlerSettings bind(Map<String, Object> variables) throws IOException {
		MutablePropertySources sources = new MutablePropertySources();
		sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				variables));
		sources.addLast(new ResourcePropertySource(new ClassPathResource("config/crawler.properties")));
		sources.addLast(new MapPropertySource("application", Map.of("copilot.public-url", "http://copilot.test")));
		return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources))
			.bindOrCreate("copilot.crawler", CrawlerSettings.class);
	}

}
