package crmcopilot.learning.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class LearningSettingsTests {

	@Test
	void should_take_every_default_from_the_settings_record() {
		LearningSettings settings = bind(Map.of());

		assertThat(settings.cron()).isEqualTo("0 2 * * *");
		assertThat(settings.rounds()).isEqualTo(20);
		assertThat(settings.minNewRuns()).isEqualTo(3);
		assertThat(settings.minContributors()).isEqualTo(3);
		assertThat(settings.maxClaimedExamples()).isEqualTo(100_000);
		assertThat(settings.agentRoundSize()).isEqualTo(3);
		assertThat(settings.dpDelta()).isEqualTo(1e-5);
		assertThat(settings.jdbcBatchSize()).isEqualTo(1000);
		assertThat(settings.jdbcMaxRows()).isEqualTo(500_000);
		assertThat(settings.datasetMaxSize()).isEqualTo(DataSize.ofMegabytes(20));
		assertThat(settings.datasetMaxCells()).isEqualTo(800_000);
		assertThat(settings.datasetLimits().maxRows()).isEqualTo(500_000);
	}

	@Test
	void should_read_the_documented_environment_variables() {
		LearningSettings settings = bind(Map.of("COPILOT_LEARNING_CRON", "0 3 * * *", "COPILOT_LEARNING_ROUNDS", "7",
				"COPILOT_LEARNING_MIN_NEW_RUNS", "5", "COPILOT_LEARNING_MIN_CONTRIBUTORS", "4",
				"COPILOT_LEARNING_MAX_CLAIMED_EXAMPLES", "900", "COPILOT_LEARNING_AGENT_ROUND_SIZE", "2",
				"COPILOT_LEARNING_DP_DELTA", "1e-6", "COPILOT_LEARNING_JDBC_BATCH_SIZE", "50",
				"COPILOT_LEARNING_JDBC_MAX_ROWS", "600", "COPILOT_LEARNING_DATASET_MAX_SIZE", "1MB"));

		assertThat(settings.cron()).isEqualTo("0 3 * * *");
		assertThat(settings.rounds()).isEqualTo(7);
		assertThat(settings.minNewRuns()).isEqualTo(5);
		assertThat(settings.minContributors()).isEqualTo(4);
		assertThat(settings.maxClaimedExamples()).isEqualTo(900);
		assertThat(settings.agentRoundSize()).isEqualTo(2);
		assertThat(settings.dpDelta()).isEqualTo(1e-6);
		assertThat(settings.jdbcBatchSize()).isEqualTo(50);
		assertThat(settings.jdbcMaxRows()).isEqualTo(600);
		assertThat(settings.datasetLimits().maxBytes()).isEqualTo(1024 * 1024);
	}

	@Test
	void should_read_the_dataset_value_cap_from_the_environment() {
		LearningSettings settings = bind(Map.of("COPILOT_LEARNING_DATASET_MAX_CELLS", "2000"));

		assertThat(settings.datasetMaxCells()).isEqualTo(2000);
	}

	private static LearningSettings bind(Map<String, Object> environment) {
		MutablePropertySources sources = new MutablePropertySources();
		sources.addFirst(new SystemEnvironmentPropertySource("environment", environment));
		return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate("copilot.learning",
				LearningSettings.class);
	}

}
