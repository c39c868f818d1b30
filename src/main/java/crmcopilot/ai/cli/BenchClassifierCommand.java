package crmcopilot.ai.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import crmcopilot.ai.LabelledText;
import crmcopilot.ai.TextClassifier;
import crmcopilot.ai.TextClassifierTrainer;
import crmcopilot.ai.offline.OfflineTextClassifierTrainer;
import crmcopilot.ai.offline.OfflineTextClassifierTrainer.Mode;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot bench classifier}: trains the offline classifier on 1,000 generated
 * support messages (20 labels) and classifies 10,000 more, on the calling thread. The
 * last line is the n-gram model's figures; the model with sentence embeddings is measured
 * first, on fewer predictions, since each one runs the ONNX model.
 */
@Component("cli.bench.classifier")
@Command(name = "classifier", description = "Measure the offline classifier's training time and prediction rate")
class BenchClassifierCommand implements Callable<Integer> {

	private static final int LABELS = 20;

	private static final String[] COMMON = { "bonjour", "je", "vous", "ecris", "pour", "ma", "mon", "commande",
			"client", "depuis", "hier", "merci", "de", "votre", "aide", "le", "la", "les", "est", "pas", "encore",
			"hello", "my", "the", "order", "please", "since", "still", "with", "your", "help", "thanks", "and", "it",
			"is", "not", "yet", "we", "need", "today", "week", "numero", "produit", "service", "compte", "account" };

	private final OfflineTextClassifierTrainer trainer;

	@Option(names = "--train", defaultValue = "1000", description = "training examples")
	int trainSize;

	@Option(names = "--predict", defaultValue = "10000", description = "texts classified by the n-gram model")
	int predictSize;

	@Option(names = "--embedding-predict", defaultValue = "500",
			description = "texts classified by the model with embeddings (0 skips it)")
	int embeddingPredictSize;

	BenchClassifierCommand(OfflineTextClassifierTrainer trainer) {
		this.trainer = trainer;
	}

	@Override
	public Integer call() {
		if (this.trainSize < 2 * LABELS || this.predictSize < 1) {
			throw new IllegalArgumentException("--train must be at least " + 2 * LABELS + " and --predict at least 1");
		}
		List<String[]> vocabulary = labelVocabulary(new Random(7));
		List<LabelledText> training = generate(vocabulary, this.trainSize, new Random(11));
		List<LabelledText> texts = generate(vocabulary, this.predictSize, new Random(13));
		if (this.embeddingPredictSize > 0) {
			Result hybrid = measure(this.trainer.withEmbeddingWeight(1), training,
					texts.subList(0, Math.min(this.embeddingPredictSize, texts.size())));
			System.out.printf(
					"embedding path (n-grams + all-MiniLM-L6-v2-q): train_ms=%d predictions_per_s=%d n_train=%d n_predict=%d%n",
					hybrid.trainMs(), hybrid.predictionsPerSecond(), training.size(),
					Math.min(this.embeddingPredictSize, texts.size()));
		}
		TextClassifierTrainer ngrams = this.trainer.withMode(Mode.NGRAM);
		measure(ngrams, training.subList(0, training.size() / 2), texts.subList(0, Math.min(2000, texts.size())));
		Result result = measure(ngrams, training, texts);
		System.out.printf("n-gram model: n_train=%d n_predict=%d labels=%d accuracy_on_generated=%.3f%n",
				training.size(), texts.size(), LABELS, result.accuracy());
		System.out.printf(
				"n-gram model, thread CPU time (what one free core would take): train_cpu_ms=%d predictions_per_cpu_s=%d%n",
				result.trainCpuMs(), result.predictionsPerCpuSecond());
		System.out.printf("train_ms=%d predictions_per_s=%d%n", result.trainMs(), result.predictionsPerSecond());
		return 0;
	}

	private static Result measure(TextClassifierTrainer chosen, List<LabelledText> training, List<LabelledText> texts) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		TextClassifier classifier = chosen.train(training);
		long trainNanos = System.nanoTime() - start;
		long trainCpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
		start = System.nanoTime();
		cpuStart = threads.getCurrentThreadCpuTime();
		int correct = 0;
		for (LabelledText text : texts) {
			if (classifier.predict(text.text()).label().equals(text.label())) {
				correct++;
			}
		}
		long predictNanos = Math.max(1, System.nanoTime() - start);
		long predictCpuNanos = Math.max(1, threads.getCurrentThreadCpuTime() - cpuStart);
		return new Result(trainNanos / 1_000_000, Math.round(texts.size() * 1e9 / predictNanos),
				trainCpuNanos / 1_000_000, Math.round(texts.size() * 1e9 / predictCpuNanos),
				correct / (double) texts.size());
	}

	private static List<String[]> labelVocabulary(Random random) {
		List<String[]> vocabulary = new ArrayList<>();
		for (int label = 0; label < LABELS; label++) {
			String[] words = new String[12];
			for (int w = 0; w < words.length; w++) {
				words[w] = syllables(random, 2 + random.nextInt(3));
			}
			vocabulary.add(words);
		}
		return vocabulary;
	}

	private static String syllables(Random random, int count) {
		String[] consonants = { "b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v" };
		String[] vowels = { "a", "e", "i", "o", "u", "ou", "ai", "eu" };
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < count; i++) {
			word.append(consonants[random.nextInt(consonants.length)]).append(vowels[random.nextInt(vowels.length)]);
		}
		return word.toString();
	}

	/** Messages of 10 to 30 words, a third of them specific to the label. */
	private static List<LabelledText> generate(List<String[]> vocabulary, int count, Random random) {
		List<LabelledText> examples = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int label = i % LABELS;
			int length = 10 + random.nextInt(21);
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < length; w++) {
				String[] words = (random.nextInt(3) == 0) ? vocabulary.get(label) : COMMON;
				text.append(words[random.nextInt(words.length)]).append(w % 9 == 8 ? ". " : " ");
			}
			examples.add(new LabelledText(text.toString().strip(), labelName(label)));
		}
		return examples;
	}

	private static String labelName(int label) {
		return String.format("label-%02d", label);
	}

	private record Result(long trainMs, long predictionsPerSecond, long trainCpuMs, long predictionsPerCpuSecond,
			double accuracy) {
	}

}
