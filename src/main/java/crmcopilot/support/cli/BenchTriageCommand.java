package crmcopilot.support.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

import crmcopilot.support.internal.StandaloneTriage;
import crmcopilot.support.internal.TriageSetup;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot bench triage}: offline triage (normalisation, language, category,
 * priority, grounded reply, routing rule) of generated French and English messages on one
 * thread.
 */
@Component("cli.bench.triage")
@Command(name = "triage", description = "Offline triage throughput on one thread")
class BenchTriageCommand implements Callable<Integer> {

	private static final String[] OPENINGS_FR = { "Bonjour, ", "Bonsoir, ", "", "Madame, Monsieur, " };

	private static final String[] ASKS_FR = { "où en est ma commande %d ? Je n'ai rien reçu depuis %d jours.",
			"je souhaite être remboursé de la commande %d, l'article ne convient pas (reçu il y a %d jours).",
			"quels sont vos horaires d'ouverture samedi ? Je passerai vers %d h, j'ai %d questions.",
			"ma cafetière (commande %d) fuit depuis %d jours, elle est sous garantie.",
			"pouvez-vous m'envoyer la facture de la commande %d ? Il me la faut sous %d jours.",
			"c'est inadmissible, commande %d toujours pas livrée après %d relances, je vais porter plainte.",
			"acceptez-vous PayPal ? Je veux commander %d articles pour %d euros." };

	private static final String[] ASKS_EN = { "where is my order %d? Nothing arrived in %d days.",
			"I would like a refund for order %d, it does not fit (received %d days ago).",
			"are you open on Sunday? I will come around %d pm with %d friends.",
			"my blender from order %d stopped working after %d days.",
			"please send me the invoice for order %d within %d days." };

	@Option(names = "--messages", defaultValue = "10000", description = "how many messages")
	int messages;

	@Option(names = "--warmup", defaultValue = "1000", description = "messages triaged before measuring")
	int warmup;

	private final StandaloneTriage triage;

	BenchTriageCommand(StandaloneTriage triage) {
		this.triage = triage;
	}

	@Override
	public Integer call() {
		if (this.messages < 1 || this.warmup < 0) {
			throw new IllegalArgumentException("--messages must be positive and --warmup not negative");
		}
		TriageSetup setup = this.triage.setup(null);
		List<String> texts = generate(this.messages + this.warmup);
		for (int i = 0; i < this.warmup; i++) {
			this.triage.triage(setup, null, texts.get(i), "email");
		}
		long[] latencies = new long[this.messages];
		int auto = 0;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		double loadBefore = os.getSystemLoadAverage();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long processCpuStart = os.getProcessCpuTime();
		long start = System.nanoTime();
		for (int i = 0; i < this.messages; i++) {
			long before = System.nanoTime();
			auto += this.triage.triage(setup, null, texts.get(this.warmup + i), "email").automatic() ? 1 : 0;
			latencies[i] = System.nanoTime() - before;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		// every thread of the process (the embedding runtime's own threads, GC, JIT)
		double processCpuSeconds = (os.getProcessCpuTime() - processCpuStart) / 1e9;
		Arrays.sort(latencies);
		double p99 = latencies[(int) Math.ceil(0.99 * latencies.length) - 1] / 1e6;
		double p50 = latencies[latencies.length / 2] / 1e6;
		// on a shared machine the CPU time says what one core does, whatever the load
		System.out.printf(Locale.ROOT,
				"threads=1 messages=%d auto=%d escalade=%d load_average=%.2f seconds=%.2f thread_cpu_seconds=%.2f "
						+ "process_cpu_seconds=%.2f p50_ms=%.3f%n",
				this.messages, auto, this.messages - auto, loadBefore, seconds, cpuSeconds, processCpuSeconds, p50);
		System.out.printf(Locale.ROOT, "cpu_messages_per_s=%.0f process_cpu_messages_per_s=%.0f%n",
				this.messages / cpuSeconds, this.messages / processCpuSeconds);
		System.out.printf(Locale.ROOT, "messages_per_s=%.0f p99_ms=%.3f%n", this.messages / seconds, p99);
		return 0;
	}

	/** Distinct messages (varying numbers), French and English, with a fixed seed. */
	static List<String> generate(int count) {
		return generate(count, new Random(42));
	}

	static List<String> generate(int count, Random random) {
		List<String> texts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			boolean english = random.nextInt(4) == 0;
			String ask = english ? ASKS_EN[random.nextInt(ASKS_EN.length)] : ASKS_FR[random.nextInt(ASKS_FR.length)];
			String opening = english ? "Hello, " : OPENINGS_FR[random.nextInt(OPENINGS_FR.length)];
			texts.add(opening + ask.formatted(10000 + random.nextInt(90000), 2 + random.nextInt(20)));
		}
		return texts;
	}

}
