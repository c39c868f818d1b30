package crmcopilot.ai.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import crmcopilot.ai.LabelledText;
import crmcopilot.ai.Prediction;
import crmcopilot.ai.TextClassifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The n-gram model on the development sets (the embedding path is covered by
 * {@link OnnxTextEmbeddingsTests} and the workspace integration test).
 */
class OfflineTextClassifierTests {

	private final OfflineTextClassifierTrainer trainer = OfflineTextClassifierTrainer.withoutEmbeddings();

	private static final List<LabelledText> INTENTS_TRAIN = DevelopmentSets.read("intents/train.csv", "category");

	private static final List<LabelledText> INTENTS_TEST = DevelopmentSets.read("intents/test.csv", "category");

	@Test
	void should_learn_32_intents_from_ten_examples_each() {
		TextClassifier classifier = this.trainer.train(INTENTS_TRAIN);

		assertThat(classifier.labels()).hasSize(32);
		assertThat(classifier.exampleCount()).isEqualTo(320);
		assertThat(accuracy(classifier, INTENTS_TEST)).isGreaterThan(0.85);
	}

	@Test
	void should_beat_the_word_tfidf_baseline_on_french_support_messages() {
		List<LabelledText> train = DevelopmentSets.read("triage/fr-train.csv", "category");
		List<LabelledText> test = DevelopmentSets.read("triage/fr-test.csv", "category");

		double ours = accuracy(this.trainer.train(train), test);
		double baseline = accuracy(
				new OfflineTextClassifierTrainer(null, OfflineTextClassifierTrainer.Mode.BASELINE).train(train), test);

		assertThat(ours).isGreaterThanOrEqualTo(baseline).isGreaterThan(0.6);
	}

	@Test
	void should_improve_as_examples_are_added() {
		double withThree = accuracy(this.trainer.train(firstPerLabel(INTENTS_TRAIN, 3)), INTENTS_TEST);
		double withTen = accuracy(this.trainer.train(INTENTS_TRAIN), INTENTS_TEST);

		assertThat(withTen).isGreaterThan(withThree + 0.05);
	}

	@Test
	void should_give_calibrated_confidences_on_held_out_examples() {
		// given a classifier and held-out examples it has never seen
		TextClassifier classifier = this.trainer.train(INTENTS_TRAIN);
		int bins = 5;
		double[] confidence = new double[bins];
		double[] correct = new double[bins];
		int[] count = new int[bins];
		// when predictions are grouped by confidence
		for (LabelledText example : INTENTS_TEST) {
			Prediction prediction = classifier.predict(example.text());
			int bin = Math.min(bins - 1, (int) (prediction.confidence() * bins));
			confidence[bin] += prediction.confidence();
			correct[bin] += prediction.label().equals(example.label()) ? 1 : 0;
			count[bin]++;
		}
		// then the accuracy of each group is close to its mean confidence
		double expectedCalibrationError = 0;
		for (int bin = 0; bin < bins; bin++) {
			if (count[bin] > 0) {
				expectedCalibrationError += Math.abs(correct[bin] - confidence[bin]) / INTENTS_TEST.size();
			}
		}
		assertThat(expectedCalibrationError).isLessThan(0.12);
		Prediction any = classifier.predict(INTENTS_TEST.get(0).text());
		assertThat(any.probabilities().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1,
				within(1e-6));
		assertThat(any.confidence()).isEqualTo(any.probabilities().get(any.label()));
	}

	@Test
	void should_predict_the_same_after_a_serialisation_round_trip() {
		TextClassifier trained = this.trainer.train(firstPerLabel(INTENTS_TRAIN, 5));
		OfflineTextClassifier reloaded = ClassifierCodec.read(ClassifierCodec.write((OfflineTextClassifier) trained),
				null);

		assertThat(reloaded).isNotNull();
		assertThat(reloaded.labels()).isEqualTo(trained.labels());
		assertThat(reloaded.exampleCount()).isEqualTo(trained.exampleCount());
		for (String message : List.of("my card got eaten by the machine", "how long does a transfer take",
				"I was charged twice")) {
			assertThat(reloaded.predict(message)).isEqualTo(trained.predict(message));
		}
		assertThat(ClassifierCodec.read(new byte[] { 1, 2, 3 }, null)).isNull();
	}

	@Test
	void should_change_its_prediction_when_corrected_examples_are_added() {
		List<LabelledText> examples = new ArrayList<>(firstPerLabel(INTENTS_TRAIN, 5));
		String message = "my card got eaten by the machine at the station";
		TextClassifier before = this.trainer.train(examples);
		String first = before.predict(message).label();
		String corrected = first.equals("card_lost") ? "card_stolen" : "card_lost";

		examples.add(new LabelledText(message, corrected));
		examples.add(new LabelledText("my card got eaten by the machine", corrected));
		examples.add(new LabelledText("the machine at the station ate my card", corrected));
		TextClassifier after = this.trainer.train(examples);

		assertThat(after.predict(message).label()).isEqualTo(corrected);
		assertThat(after.exampleCount()).isEqualTo(before.exampleCount() + 3);
	}

	@Test
	void should_keep_the_latest_label_of_a_repeated_text() {
		List<LabelledText> examples = List.of(new LabelledText("Où est mon colis ?", "Suivi de commande"),
				new LabelledText("Je veux être remboursé", "Remboursement"),
				new LabelledText("où est mon colis", "Réclamation"));

		assertThat(OfflineTextClassifierTrainer.deduplicate(examples)).extracting(LabelledText::label)
			.containsExactly("Remboursement", "Réclamation");
	}

	@Test
	void should_refuse_a_single_label() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.trainer.train(List.of(new LabelledText("a b c", "x"), new LabelledText("d e", "x"))))
			.withMessageContaining("two labels");
	}

	private static double accuracy(TextClassifier classifier, List<LabelledText> test) {
		long correct = test.stream().filter((e) -> classifier.predict(e.text()).label().equals(e.label())).count();
		return correct / (double) test.size();
	}

	private static List<LabelledText> firstPerLabel(List<LabelledText> examples, int perLabel) {
		Map<String, List<LabelledText>> byLabel = examples.stream()
			.collect(Collectors.groupingBy(LabelledText::label, java.util.LinkedHashMap::new, Collectors.toList()));
		return byLabel.values().stream().flatMap((list) -> list.stream().limit(perLabel)).toList();
	}

}
