package crmcopilot.ai.offline;

import java.util.List;

import crmcopilot.ai.TextEmbeddings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OnnxTextEmbeddingsTests {

	private static final OnnxTextEmbeddings embeddings = new OnnxTextEmbeddings(new OfflineSettings(true, 100, 1));

	@Test
	void should_place_paraphrases_closer_than_unrelated_sentences() {
		List<float[]> vectors = embeddings.embedAll(List.of("My parcel has not arrived yet",
				"I am still waiting for my delivery", "Can I pay my invoice by bank transfer?"));

		assertThat(vectors.get(0)).hasSize(embeddings.dimension());
		assertThat(TextEmbeddings.cosine(vectors.get(0), vectors.get(0))).isCloseTo(1, within(1e-4));
		assertThat(TextEmbeddings.cosine(vectors.get(0), vectors.get(1)))
			.isGreaterThan(TextEmbeddings.cosine(vectors.get(0), vectors.get(2)) + 0.2);
	}

	@Test
	void should_give_the_same_vector_from_the_cache_and_a_zero_vector_for_blank_text() {
		float[] first = embeddings.embed("Le lave-linge ne vidange plus");

		assertThat(embeddings.embed("Le lave-linge ne vidange plus")).containsExactly(first);
		assertThat(embeddings.embed(" ")).containsOnly(0f);
	}

	@Test
	void should_combine_ngrams_and_embeddings_when_training() {
		OfflineTextClassifierTrainer trainer = new OfflineTextClassifierTrainer(embeddings,
				OfflineTextClassifierTrainer.Mode.HYBRID);
		var train = DevelopmentSets.read("triage/en-train.csv", "category");
		var test = DevelopmentSets.read("triage/en-test.csv", "category");

		OfflineTextClassifier classifier = (OfflineTextClassifier) trainer.train(train);
		long correct = test.stream().filter((e) -> classifier.predict(e.text()).label().equals(e.label())).count();

		assertThat(classifier.usesEmbeddings()).isTrue();
		assertThat(correct / (double) test.size()).isGreaterThan(0.8);
	}

}
