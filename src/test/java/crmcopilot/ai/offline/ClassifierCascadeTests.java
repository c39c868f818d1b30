package crmcopilot.ai.offline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import crmcopilot.ai.LabelledText;
import crmcopilot.ai.Prediction;
import crmcopilot.ai.TextEmbeddings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cascade of the hybrid classifier: n-grams first, sentence embeddings only when the
 * n-gram model is unsure. A counting stand-in for the embeddings (hashed words) shows
 * when the text is embedded.
 */
class ClassifierCascadeTests {

	private final CountingEmbeddings embeddings = new CountingEmbeddings();

	private final List<LabelledText> train = DevelopmentSets.read("triage/fr-train.csv", "category");

	private final List<LabelledText> test = DevelopmentSets.read("triage/fr-test.csv", "category");

	private OfflineTextClassifier train(double cascade) {
		return (OfflineTextClassifier) new OfflineTextClassifierTrainer(this.embeddings,
				OfflineTextClassifierTrainer.Mode.HYBRID)
			.withEmbeddingWeight(1)
			.withCascade(cascade)
			.train(this.train);
	}

	@Test
	void should_embed_every_text_without_a_cascade() {
		OfflineTextClassifier classifier = train(1);
		int before = this.embeddings.calls.get();

		this.test.forEach((example) -> classifier.predict(example.text()));

		assertThat(classifier.usesEmbeddings()).isTrue();
		assertThat(this.embeddings.calls.get() - before).isEqualTo(this.test.size());
	}

	@Test
	void should_embed_only_the_texts_the_ngram_model_is_unsure_of() {
		OfflineTextClassifier classifier = train(0.6);
		OfflineTextClassifier always = classifier.withCascadeConfidence(1);
		int embedded = 0;
		for (LabelledText example : this.test) {
			int before = this.embeddings.calls.get();
			Prediction prediction = classifier.predict(example.text());
			boolean wasEmbedded = this.embeddings.calls.get() > before;
			embedded += wasEmbedded ? 1 : 0;
			assertThat(prediction.probabilities().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1,
					within(1e-6));
			if (wasEmbedded) {
				// unsure n-grams: the answer of the full combination
				assertThat(prediction).isEqualTo(always.predict(example.text()));
			}
			else {
				assertThat(prediction.confidence()).isGreaterThanOrEqualTo(0.6);
			}
		}
		assertThat(embedded).isPositive().isLessThan(this.test.size());
	}

	@Test
	void should_never_embed_when_any_ngram_confidence_suffices() {
		OfflineTextClassifier classifier = train(0);
		int before = this.embeddings.calls.get();

		this.test.forEach((example) -> classifier.predict(example.text()));

		assertThat(this.embeddings.calls.get()).isEqualTo(before);
	}

	@Test
	void should_keep_the_ngram_temperature_through_serialisation() {
		OfflineTextClassifier classifier = train(0.6);

		OfflineTextClassifier reloaded = ClassifierCodec.read(ClassifierCodec.write(classifier), this.embeddings, 0.6);

		assertThat(reloaded).isNotNull();
		assertThat(reloaded.ngramTemperature()).isEqualTo(classifier.ngramTemperature()).isPositive();
		for (LabelledText example : this.test.subList(0, 10)) {
			assertThat(reloaded.predict(example.text())).isEqualTo(classifier.predict(example.text()));
		}
	}

	/** Words hashed into a unit vector; counts the texts embedded. */
	static final class CountingEmbeddings implements TextEmbeddings {

		final AtomicInteger calls = new AtomicInteger();

		@Override
		public float[] embed(String text) {
			this.calls.incrementAndGet();
			float[] vector = new float[dimension()];
			for (String word : TextFeatures.normalise(text).split("\\s+")) {
				byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
				vector[Math.floorMod(java.util.Arrays.hashCode(bytes), vector.length)] += 1;
			}
			double norm = 0;
			for (float v : vector) {
				norm += v * v;
			}
			for (int i = 0; i < vector.length; i++) {
				vector[i] = (norm > 0) ? (float) (vector[i] / Math.sqrt(norm)) : 0;
			}
			return vector;
		}

		@Override
		public int dimension() {
			return 64;
		}

	}

}
