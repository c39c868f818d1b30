package crmcopilot.ai.offline;

import java.util.List;
import java.util.concurrent.TimeUnit;

import crmcopilot.ai.LabelledText;
import crmcopilot.ai.Prediction;
import crmcopilot.ai.TextClassifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH benchmark of the n-gram classifier's hot path (features, vector, scores) on the
 * intent development set. Run from the IDE or with
 * {@code java -cp target/test-classes:target/classes:<deps> crmcopilot.ai.offline.ClassifierPredictBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClassifierPredictBenchmark {

	private TextClassifier classifier;

	private List<String> texts;

	private int next;

	@Setup
	public void train() {
		this.classifier = OfflineTextClassifierTrainer.withoutEmbeddings()
			.train(DevelopmentSets.read("intents/train.csv", "category"));
		this.texts = DevelopmentSets.read("intents/test.csv", "category").stream().map(LabelledText::text).toList();
	}

	@Benchmark
	public Prediction predict() {
		this.next = (this.next + 1) % this.texts.size();
		return this.classifier.predict(this.texts.get(this.next));
	}

	@Benchmark
	public TextFeatures.Counts features() {
		this.next = (this.next + 1) % this.texts.size();
		return TextFeatures.wordsAndCharacters().counts(this.texts.get(this.next));
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(ClassifierPredictBenchmark.class.getSimpleName()).build()).run();
	}

}
