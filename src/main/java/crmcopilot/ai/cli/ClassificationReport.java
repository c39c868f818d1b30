package crmcopilot.ai.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accuracy, per-label precision, recall, F1 and support, and the most frequent confusions
 * of a set of predictions.
 */
final class ClassificationReport {

	private final List<String> expected = new ArrayList<>();

	private final List<String> predicted = new ArrayList<>();

	void add(String expectedLabel, String predictedLabel) {
		this.expected.add(expectedLabel);
		this.predicted.add(predictedLabel);
	}

	int size() {
		return this.expected.size();
	}

	double accuracy() {
		int correct = 0;
		for (int i = 0; i < this.expected.size(); i++) {
			if (this.expected.get(i).equals(this.predicted.get(i))) {
				correct++;
			}
		}
		return this.expected.isEmpty() ? 0 : correct / (double) this.expected.size();
	}

	/** Macro F1 over the labels of the expected answers. */
	double macroF1() {
		TreeSet<String> labels = new TreeSet<>(this.expected);
		return labels.stream().mapToDouble((label) -> scores(label)[2]).average().orElse(0);
	}

	/** Precision, recall, F1 and support of one label. */
	double[] scores(String label) {
		int truePositives = 0;
		int predictedCount = 0;
		int support = 0;
		for (int i = 0; i < this.expected.size(); i++) {
			boolean isExpected = this.expected.get(i).equals(label);
			boolean isPredicted = this.predicted.get(i).equals(label);
			support += isExpected ? 1 : 0;
			predictedCount += isPredicted ? 1 : 0;
			truePositives += (isExpected && isPredicted) ? 1 : 0;
		}
		double precision = (predictedCount > 0) ? truePositives / (double) predictedCount : 0;
		double recall = (support > 0) ? truePositives / (double) support : 0;
		double f1 = (precision + recall > 0) ? 2 * precision * recall / (precision + recall) : 0;
		return new double[] { precision, recall, f1, support };
	}

	void print(PrintStream out, String title, int topConfusions) {
		TreeSet<String> labels = new TreeSet<>(this.expected);
		labels.addAll(this.predicted);
		int width = Math.max(12, labels.stream().mapToInt(String::length).max().orElse(0) + 2);
		out.println(title);
		out.printf("%-" + width + "s %9s %9s %9s %8s%n", "label", "precision", "recall", "f1", "support");
		for (String label : labels) {
			double[] s = scores(label);
			out.printf("%-" + width + "s %9.3f %9.3f %9.3f %8d%n", label, s[0], s[1], s[2], (int) s[3]);
		}
		out.printf("%-" + width + "s %9s %9s %9.3f %8d%n", "macro avg", "", "", macroF1(), size());
		out.printf("%-" + width + "s %9s %9s %9.3f %8d%n", "accuracy", "", "", accuracy(), size());
		Map<String, Integer> confusions = new TreeMap<>();
		for (int i = 0; i < this.expected.size(); i++) {
			if (!this.expected.get(i).equals(this.predicted.get(i))) {
				confusions.merge(this.expected.get(i) + " -> " + this.predicted.get(i), 1, Integer::sum);
			}
		}
		out.println("top confusions (expected -> predicted: count)");
		if (confusions.isEmpty()) {
			out.println("  none");
		}
		confusions.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(topConfusions)
			.forEach((entry) -> out.printf("  %s: %d%n", entry.getKey(), entry.getValue()));
		out.println();
	}

}
