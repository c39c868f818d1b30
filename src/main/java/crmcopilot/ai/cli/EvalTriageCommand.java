package crmcopilot.ai.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import crmcopilot.ai.LabelledText;
import crmcopilot.ai.TextClassifier;
import crmcopilot.ai.UrgencyCues;
import crmcopilot.ai.offline.LexiconUrgencyCues;
import crmcopilot.ai.offline.OfflineTextClassifierTrainer;
import crmcopilot.ai.offline.OfflineTextClassifierTrainer.Mode;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot eval triage --train a.csv --test b.csv}: trains the offline classifier
 * (no workspace involved) on the category column, and on the priority column when both
 * files have one, predicts the test file and reports per-label scores, the most frequent
 * confusions and a summary line. The priority model reads the text together with the
 * urgency cues found in it.
 */
@Component("cli.eval.triage")
@Command(name = "triage", description = "Evaluate the offline triage classifier on labelled CSV files")
class EvalTriageCommand implements Callable<Integer> {

	private final OfflineTextClassifierTrainer trainer;

	private final UrgencyCues urgencyCues;

	@Option(names = "--train", required = true, description = "CSV with columns text, category[, priority]")
	Path train;

	@Option(names = "--test", required = true, description = "CSV with the same columns")
	Path test;

	@Option(names = "--model", defaultValue = "default",
			description = "default (as configured), hybrid, ngram, embeddings or baseline (word TF-IDF + logistic regression)")
	String model;

	@Option(names = "--top-confusions", defaultValue = "10", description = "how many confusions to list")
	int topConfusions;

	EvalTriageCommand(OfflineTextClassifierTrainer trainer, UrgencyCues urgencyCues) {
		this.trainer = trainer;
		this.urgencyCues = urgencyCues;
	}

	@Override
	public Integer call() {
		OfflineTextClassifierTrainer chosen = chooseTrainer();
		TriageDataset trainSet = TriageDataset.read(this.train, "train");
		TriageDataset testSet = TriageDataset.read(this.test, "test");
		if (trainSet.labelCount() < 2) {
			throw new IllegalArgumentException("train file " + this.train
					+ " must have at least two different categories, found " + trainSet.labelCount());
		}
		System.out.printf("model=%s n_train=%d n_test=%d categories=%d%n",
				chosen.mode().name().toLowerCase(Locale.ROOT), trainSet.rows().size(), testSet.rows().size(),
				trainSet.labelCount());
		long start = System.nanoTime();
		TextClassifier categories = chosen
			.train(trainSet.rows().stream().map((row) -> new LabelledText(row.text(), row.category())).toList());
		chosen.prefetch(testSet.rows().stream().map(TriageDataset.Row::text).toList());
		ClassificationReport categoryReport = new ClassificationReport();
		for (TriageDataset.Row row : testSet.rows()) {
			categoryReport.add(row.category(), categories.predict(row.text()).label());
		}
		categoryReport.print(System.out, "category", this.topConfusions);
		String priorityAccuracy = "na";
		if (trainSet.hasPriority() && testSet.hasPriority()
				&& trainSet.rows().stream().map(TriageDataset.Row::priority).distinct().count() >= 2) {
			ClassificationReport priorityReport = evaluatePriority(chosen, trainSet, testSet);
			priorityReport.print(System.out, "priority", this.topConfusions);
			priorityAccuracy = format(priorityReport.accuracy());
		}
		System.out.printf("elapsed_ms=%d%n", (System.nanoTime() - start) / 1_000_000);
		System.out.printf("category_accuracy=%s category_macro_f1=%s priority_accuracy=%s n_train=%d n_test=%d%n",
				format(categoryReport.accuracy()), format(categoryReport.macroF1()), priorityAccuracy,
				trainSet.rows().size(), testSet.rows().size());
		return 0;
	}

	private ClassificationReport evaluatePriority(OfflineTextClassifierTrainer chosen, TriageDataset trainSet,
			TriageDataset testSet) {
		List<LabelledText> examples = new ArrayList<>();
		for (TriageDataset.Row row : trainSet.rows()) {
			examples.add(new LabelledText(withCues(row.text()), row.priority()));
		}
		TextClassifier priorities = chosen.train(examples);
		chosen.prefetch(testSet.rows().stream().map((row) -> withCues(row.text())).toList());
		ClassificationReport report = new ClassificationReport();
		for (TriageDataset.Row row : testSet.rows()) {
			report.add(row.priority(), priorities.predict(withCues(row.text())).label());
		}
		return report;
	}

	private String withCues(String text) {
		return text + " " + LexiconUrgencyCues.featureWords(this.urgencyCues.analyse(text));
	}

	private OfflineTextClassifierTrainer chooseTrainer() {
		if ("default".equalsIgnoreCase(this.model)) {
			return this.trainer;
		}
		try {
			return this.trainer.withMode(Mode.valueOf(this.model.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"--model must be one of default, hybrid, ngram, embeddings, baseline; got " + this.model);
		}
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}

}
