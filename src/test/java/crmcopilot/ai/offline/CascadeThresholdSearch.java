package crmcopilot.ai.offline;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import crmcopilot.ai.LabelledText;
import crmcopilot.ai.TextEmbeddings;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Not a test (its name does not end in Tests): run with
 * {@code ./mvnw test -Dtest=CascadeThresholdSearch} to print, for cascade thresholds, the
 * support development set's accuracy and the share of texts embedded.
 */
class CascadeThresholdSearch {

	@Test
	void search() throws Exception {
		List<LabelledText> train = read("src/main/resources/support/default-examples.csv", "categorie");
		List<LabelledText> dev = read("eval/support/dev.csv", "categorie");
		OnnxTextEmbeddings onnx = new OnnxTextEmbeddings(new OfflineSettings(true, 100000, 1));
		int[] calls = new int[1];
		TextEmbeddings counting = new TextEmbeddings() {
			@Override
			public float[] embed(String text) {
				calls[0]++;
				return onnx.embed(text);
			}

			@Override
			public List<float[]> embedAll(List<String> texts) {
				return onnx.embedAll(texts);
			}

			@Override
			public int dimension() {
				return onnx.dimension();
			}
		};
		OfflineTextClassifier hybrid = (OfflineTextClassifier) new OfflineTextClassifierTrainer(counting,
				OfflineTextClassifierTrainer.Mode.HYBRID)
			.train(train);
		OfflineTextClassifier ngram = (OfflineTextClassifier) new OfflineTextClassifierTrainer(null,
				OfflineTextClassifierTrainer.Mode.NGRAM)
			.train(train);
		System.out.printf(Locale.ROOT, "embeddingWeight=%.2f temperature=%.3f ngramTemperature=%.3f%n",
				hybrid.embeddingWeight(), hybrid.temperature(), hybrid.ngramTemperature());
		System.out.printf(Locale.ROOT, "ngram-only accuracy=%.4f%n", accuracy(ngram, dev));
		List<String> bench = bench(2000);
		for (double threshold : new double[] { 1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4,
				0.35, 0.3, 0 }) {
			OfflineTextClassifier cascade = hybrid.withCascadeConfidence(threshold);
			calls[0] = 0;
			double accuracy = accuracy(cascade, dev);
			double devEmbedded = calls[0] / (double) dev.size();
			calls[0] = 0;
			bench.forEach(cascade::predict);
			System.out.printf(Locale.ROOT, "cascade=%.2f accuracy=%.4f dev_embedded=%.2f bench_embedded=%.2f%n",
					threshold, accuracy, devEmbedded, calls[0] / (double) bench.size());
		}
	}

	@Test
	void otherSets() throws Exception {
		OnnxTextEmbeddings onnx = new OnnxTextEmbeddings(new OfflineSettings(true, 100000, 1));
		for (String lang : new String[] { "fr", "en" }) {
			List<LabelledText> train = DevelopmentSets.read("triage/" + lang + "-train.csv", "category");
			List<LabelledText> test = DevelopmentSets.read("triage/" + lang + "-test.csv", "category");
			OfflineTextClassifier hybrid = (OfflineTextClassifier) new OfflineTextClassifierTrainer(onnx,
					OfflineTextClassifierTrainer.Mode.HYBRID)
				.train(train);
			for (double threshold : new double[] { 1, 0.9, 0.8, 0.7, 0.65, 0.6, 0.5, 0 }) {
				OfflineTextClassifier cascade = hybrid.withCascadeConfidence(threshold);
				long embedded = test.stream().filter((e) -> ngramConfidence(cascade, e.text()) < threshold).count();
				System.out.printf(Locale.ROOT, "set=%s cascade=%.2f accuracy=%.4f embedded=%.2f%n", lang, threshold,
						accuracy(cascade, test), embedded / (double) test.size());
			}
		}
	}

	private static double ngramConfidence(OfflineTextClassifier classifier, String text) {
		return classifier.withCascadeConfidence(0).predict(text).confidence();
	}

	private static double accuracy(OfflineTextClassifier classifier, List<LabelledText> test) {
		return test.stream().filter((e) -> classifier.predict(e.text()).label().equals(e.label())).count()
				/ (double) test.size();
	}

	private static List<String> bench(int count) {
		String[] fr = { "où en est ma commande %d ? Je n'ai rien reçu depuis %d jours.",
				"je souhaite être remboursé de la commande %d, l'article ne convient pas (reçu il y a %d jours).",
				"quels sont vos horaires d'ouverture samedi ? Je passerai vers %d h, j'ai %d questions.",
				"ma cafetière (commande %d) fuit depuis %d jours, elle est sous garantie.",
				"pouvez-vous m'envoyer la facture de la commande %d ? Il me la faut sous %d jours.",
				"c'est inadmissible, commande %d toujours pas livrée après %d relances, je vais porter plainte.",
				"acceptez-vous PayPal ? Je veux commander %d articles pour %d euros." };
		String[] en = { "where is my order %d? Nothing arrived in %d days.",
				"I would like a refund for order %d, it does not fit (received %d days ago).",
				"are you open on Sunday? I will come around %d pm with %d friends.",
				"my blender from order %d stopped working after %d days.",
				"please send me the invoice for order %d within %d days." };
		Random random = new Random(42);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			boolean english = random.nextInt(4) == 0;
			String ask = english ? en[random.nextInt(en.length)] : fr[random.nextInt(fr.length)];
			texts.add((english ? "Hello, " : "Bonjour, ")
					+ ask.formatted(10000 + random.nextInt(90000), 2 + random.nextInt(20)));
		}
		return texts;
	}

	private static List<LabelledText> read(String file, String column) throws Exception {
		List<LabelledText> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				rows.add(new LabelledText(record.get("text"), record.get(column)));
			}
		}
		return rows;
	}

}
