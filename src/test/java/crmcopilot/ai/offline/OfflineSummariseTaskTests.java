package crmcopilot.ai.offline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import crmcopilot.ai.SummariseTask.Request;
import crmcopilot.ai.SummariseTask.Summary;
import crmcopilot.ai.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineSummariseTaskTests {

	private final OfflineSummariseTask task = new OfflineSummariseTask(new ExtractiveSummariser(),
			(text) -> text.contains("the") ? "en" : "fr");

	@Test
	void should_answer_offline_with_a_valid_summary() {
		Request request = new Request(
				"Bonjour, mon colis 45872 est bloqué au dépôt depuis cinq jours. Je dois partir demain. Cordialement, Luc",
				"", 3);

		Summary summary = this.task.offline(request, new TaskContext(UUID.randomUUID(), "fr"));

		assertThat(summary.language()).isEqualTo("fr");
		assertThat(summary.sentences()).hasSize(2);
		assertThat(summary.summary()).contains("45872").doesNotContain("Cordialement");
		assertThat(this.task.validate(summary, request)).isNull();
		assertThat(this.task.promptVariables(request)).containsEntry("maxSentences", 3).containsKey("text");
	}

	@Test
	void should_reject_an_empty_or_too_long_answer() {
		Request request = new Request("Where is the parcel?", "en", 1);

		assertThat(this.task.language(request)).isEqualTo("en");
		assertThat(this.task.validate(new Summary(" ", List.of(" "), "en"), request)).isNotNull();
		assertThat(this.task.validate(new Summary("a. b.", List.of("a.", "b."), "en"), request)).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "prompts/summarise.fr.st", "prompts/summarise.en.st" })
	void should_ship_versioned_prompts_with_the_task_variables(String path) throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
			assertThat(in).isNotNull();
			String prompt = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(prompt).startsWith("# version: 1\n").contains("{text}", "{maxSentences}", "\"summary\"");
		}
	}

}
