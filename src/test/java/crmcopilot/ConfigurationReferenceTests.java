package crmcopilot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration table is what the settings records and property files say.
 */
class ConfigurationReferenceTests {

	@Test
	void should_find_the_readme_configuration_table_up_to_date() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

		String generated = ConfigurationReference.fromClasspath().applyTo(readme);

		assertThat(readme)
			.as("README.md's configuration table is stale: run ./copilot docs config "
					+ "(or ./mvnw -q -DskipTests package && java -jar target/crm-copilot.jar docs config)")
			.isEqualTo(generated);
	}

	@Test
	void should_take_each_default_from_the_code_and_name_every_mapped_variable() {
		String table = ConfigurationReference.fromClasspath().markdown();

		assertThat(table).contains("| `COPILOT_AI_OFFLINE_CASCADE` | `copilot.ai.offline.cascade-confidence` | `1` |")
			.contains("| `COPILOT_SUPPORT_CLASSIFIER_CASCADE` |")
			.contains("| `COPILOT_DB_URL` |")
			.contains("#### ai")
			.contains("#### workspace");
	}

}
