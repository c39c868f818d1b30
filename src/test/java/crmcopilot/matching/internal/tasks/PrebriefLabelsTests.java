package crmcopilot.matching.internal.tasks;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import crmcopilot.ai.TaskContext;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.Mode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-brief writes the client's choices as the workspace writes them, accents
 * included.
 */
class PrebriefLabelsTests {

	private final ShopperPrebriefTask task = new ShopperPrebriefTask();

	private final ClientRequest client = new ClientRequest(UUID.randomUUID(), "Awa Koné", "awa@example.com", "Paris",
			Mode.IN_PERSON, Set.of("bohème"), 150, Set.of("relooking professionnel"), Set.of("séparation"),
			"triangle inversé", "Je veux oser les couleurs, même au bureau.", Set.of(), "fr");

	private final Map<String, String> labels = Map.of("boheme", "bohème", "separation", "séparation",
			"relooking professionnel", "relooking professionnel", "triangle inverse", "triangle inversé");

	@Test
	void should_write_the_client_s_choices_with_their_accents_and_quote_their_own_words() {
		ShopperPrebriefTask.Input input = new ShopperPrebriefTask.Input(this.client, MatchingTaskFixtures.AWA, null,
				"fr", "EUR", this.labels);
		ShopperPrebrief brief = this.task.offline(input, new TaskContext(UUID.randomUUID(), "fr"));
		assertThat(brief.goals()).containsExactly("relooking professionnel", "séparation");
		assertThat(brief.styleAndBudget()).contains("bohème").doesNotContain("boheme");
		assertThat(brief.questions()).contains("Qu'est-ce qui change pour vous avec « séparation » ?");
		assertThat(brief.summary()).contains("« Je veux oser les couleurs, même au bureau. »");
		assertThat(brief.morphologyAdvice()).startsWith("Équilibrer avec du volume en bas");
	}

	@Test
	void should_give_the_llm_the_labels_too() {
		ShopperPrebriefTask.Input input = new ShopperPrebriefTask.Input(this.client, MatchingTaskFixtures.AWA, null,
				"fr", "EUR", this.labels);
		assertThat(this.task.promptVariables(input)).containsEntry("morphology", "triangle inversé")
			.containsEntry("life_moments", java.util.List.of("séparation"));
	}

	@Test
	void should_show_a_value_without_label_as_stored() {
		ShopperPrebriefTask.Input input = new ShopperPrebriefTask.Input(this.client, MatchingTaskFixtures.AWA, null,
				"fr", "EUR");
		assertThat(this.task.offline(input, new TaskContext(UUID.randomUUID(), "fr")).styleAndBudget())
			.contains("boheme");
	}

}
