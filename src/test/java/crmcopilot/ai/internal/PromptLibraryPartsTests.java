package crmcopilot.ai.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import crmcopilot.ai.SentimentTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PromptLibraryPartsTests {

	@Test
	void should_find_prompt_files_on_the_class_path_with_their_version() {
		PromptFiles files = new PromptFiles();
		assertThat(files.find("test-sentiment", "fr")).get().satisfies((prompt) -> {
			assertThat(prompt.version()).isEqualTo(2);
			assertThat(prompt.source()).isEqualTo("file");
			assertThat(prompt.body()).startsWith("Rôle :").doesNotContain("# version");
		});
	}

	@Test
	void should_fall_back_to_the_other_language_then_to_the_generic_prompt() {
		PromptFiles files = new PromptFiles();
		assertThat(files.resolve(UUID.randomUUID(), "test-sentiment", "es").lang()).isEqualTo("fr");
		ResolvedPrompt generic = files.resolve(UUID.randomUUID(), "unknown-task", "en");
		assertThat(generic.source()).isEqualTo("builtin");
		assertThat(generic.version()).isZero();
		assertThat(PromptRenderer.render(generic.body(), "unknown-task", Map.of("text", "hello")))
			.contains("\"unknown-task\"", "text: hello");
	}

	@Test
	void should_refuse_a_prompt_file_without_version_header() {
		assertThatIllegalStateException().isThrownBy(() -> PromptFiles.parse("x", "fr", "Rôle : ...", "x.fr.st"))
			.withMessageContaining("# version: N");
	}

	@Test
	void should_fill_known_variables_and_leave_json_examples_alone() {
		String template = "Message : {message}\nCatégories :\n{labels}\nExemple : {\"label\": \"x\"} {unknown}";
		String rendered = PromptRenderer.render(template, "t",
				Map.of("message", "Bonjour {client}", "labels", List.of("livraison", "retour")));
		assertThat(rendered).isEqualTo(
				"Message : Bonjour {client}\nCatégories :\n- livraison\n- retour\nExemple : {\"label\": \"x\"} {unknown}");
		assertThat(PromptRenderer.variableNames(template)).containsExactly("message", "labels", "unknown");
	}

	@Test
	void should_diff_two_versions_line_by_line() {
		assertThat(LineDiff.between("a\nb\nc", "a\nB\nc\nd")).containsExactly(new LineDiff.Line(" ", "a"),
				new LineDiff.Line("-", "b"), new LineDiff.Line("+", "B"), new LineDiff.Line(" ", "c"),
				new LineDiff.Line("+", "d"));
	}

	@Test
	void should_answer_sample_variables_with_the_offline_engine_of_a_declared_task() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sentimentTask", new SentimentTask());
		TaskCatalog catalog = new TaskCatalog(beans, TestGateways.JSON);
		assertThat(catalog.find("test-sentiment")).isPresent();
		assertThat(catalog.find("other")).isEmpty();
		String answer = catalog.offlineAnswer(catalog.find("test-sentiment").orElseThrow(), UUID.randomUUID(), "fr",
				Map.of("message", "Merci, parfait !"));
		assertThat(answer).contains("\"label\" : \"positive\"");
		assertThat(catalog.offlineAnswer(new SentimentTask(), UUID.randomUUID(), "fr", Map.of())).isNull();
	}

	@Test
	void should_price_dated_model_names_by_their_listed_prefix() {
		PriceTable prices = new PriceTable(
				Map.of("gpt-4o", new AiSettings.Price(2.5, 10), "gpt-4o-mini", new AiSettings.Price(0.15, 0.6)));
		assertThat(prices.costUsd("gpt-4o-mini-2024-07-18", 1_000_000, 0)).isEqualTo(0.15);
		assertThat(prices.costUsd("gpt-4o", 0, 1_000_000)).isEqualTo(10);
		assertThat(prices.costUsd("llama3.1:8b", 1_000_000, 1_000_000)).isZero();
	}

	@Test
	void should_tell_local_providers_from_cloud_ones() {
		assertThat(ProviderConfig.of(LlmProvider.OLLAMA, null, null, "llama3.1", null, null, true, false).local())
			.isTrue();
		assertThat(ProviderConfig
			.of(LlmProvider.OPENAI_COMPATIBLE, "http://192.168.1.20:8000/v1", null, "qwen", null, null, true, false)
			.local()).isTrue();
		assertThat(ProviderConfig
			.of(LlmProvider.OPENAI_COMPATIBLE, "http://vllm.internal:8000/v1", null, "qwen", null, null, true, false)
			.needsRedaction()).isFalse();
		assertThat(ProviderConfig.of(LlmProvider.OPENAI, null, "k", "gpt-4o-mini", null, null, true, false)
			.needsRedaction()).isTrue();
		assertThat(ProviderConfig
			.of(LlmProvider.OPENAI_COMPATIBLE, "http://127.0.0.1:8000/v1", null, "qwen", null, null, true, true)
			.needsRedaction()).isTrue();
	}

}
