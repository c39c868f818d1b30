package crmcopilot.ai.offline;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import crmcopilot.ai.LabelledText;
import crmcopilot.ai.TextClassifier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Measures n-gram recipes on the development sets (test accuracy of the category, and of
 * the priority on the support sets). A measurement tool, not a test: run its main method
 * with the test class path from the repository root.
 */
final class NgramRecipeSearch {

	private NgramRecipeSearch() {
	}

	public static void main(String[] args) throws Exception {
		List<OfflineTextClassifierTrainer.Recipe> recipes = new ArrayList<>();
		double[] c10 = { 10 };
		double[] cv = { 10, 3, 30 };
		recipes.add(recipe(TextFeatures.of(2, 5, false, false), c10));
		recipes.add(recipe(TextFeatures.of(2, 5, true, false), c10));
		recipes.add(recipe(TextFeatures.of(2, 5, false, true), c10));
		recipes.add(recipe(TextFeatures.of(2, 5, true, true), c10));
		recipes.add(recipe(TextFeatures.of(3, 5, true, true), c10));
		recipes.add(recipe(TextFeatures.of(2, 6, true, true), c10));
		recipes.add(recipe(TextFeatures.of(1, 4, true, true), c10));
		recipes.add(recipe(TextFeatures.of(2, 5, true, true), cv));
		recipes.add(recipe(TextFeatures.of(2, 5, false, false), cv));
		LexiconUrgencyCues cues = new LexiconUrgencyCues();
		String[][] sets = { { "fr", "eval/triage/fr-train.csv", "eval/triage/fr-test.csv" },
				{ "en", "eval/triage/en-train.csv", "eval/triage/en-test.csv" },
				{ "intents", "eval/intents/train.csv", "eval/intents/test.csv" } };
		for (OfflineTextClassifierTrainer.Recipe recipe : recipes) {
			OfflineTextClassifierTrainer trainer = OfflineTextClassifierTrainer.withoutEmbeddings().withRecipe(recipe);
			StringBuilder line = new StringBuilder(recipe.features() + " cs=" + java.util.Arrays.toString(recipe.cs()));
			for (String[] set : sets) {
				List<CSVRecord> train = read(set[1]);
				List<CSVRecord> test = read(set[2]);
				line.append(String.format(Locale.ROOT, " %s=%.3f", set[0],
						accuracy(trainer, train, test, "category", null)));
				if (train.get(0).isMapped("priority")) {
					line.append(String.format(Locale.ROOT, " %s_prio=%.3f", set[0],
							accuracy(trainer, train, test, "priority", cues)));
				}
			}
			System.out.println(line);
		}
	}

	private static OfflineTextClassifierTrainer.Recipe recipe(TextFeatures features, double[] cs) {
		return new OfflineTextClassifierTrainer.Recipe(features, cs, 10, 0.6f, 10, 0);
	}

	private static double accuracy(OfflineTextClassifierTrainer trainer, List<CSVRecord> train, List<CSVRecord> test,
			String column, LexiconUrgencyCues cues) {
		List<LabelledText> examples = new ArrayList<>();
		for (CSVRecord row : train) {
			examples.add(new LabelledText(text(row, cues), row.get(column)));
		}
		TextClassifier classifier = trainer.train(examples);
		int right = 0;
		for (CSVRecord row : test) {
			if (classifier.predict(text(row, cues)).label().equals(row.get(column))) {
				right++;
			}
		}
		return right / (double) test.size();
	}

	private static String text(CSVRecord row, LexiconUrgencyCues cues) {
		String text = row.get("text");
		return (cues != null) ? text + " " + LexiconUrgencyCues.featureWords(cues.analyse(text)) : text;
	}

	private static List<CSVRecord> read(String file) throws Exception {
		try (Reader reader = Files.newBufferedReader(Path.of(file))) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
