package crmcopilot.support.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import crmcopilot.mail.internal.MailNormaliser;
import crmcopilot.ai.TextClassifier;
import crmcopilot.ai.offline.ExtractiveSummariser;
import crmcopilot.ai.offline.LexiconUrgencyCues;
import crmcopilot.ai.offline.OfflineTextClassifierTrainer;
import org.junit.jupiter.api.Test;

/**
 * Not a test (its name does not end in Tests):
 * {@code ./mvnw test -Dtest=TriageCostProfile} prints the CPU time of each step of the
 * offline triage per message.
 */
class TriageCostProfile {

	@Test
	void profile() {
		List<Article> articles = DemoSupportData.demoKnowledge();
		TextClassifier classifier = OfflineTextClassifierTrainer.withoutEmbeddings().train(SupportDefaults.examples());
		List<Category> categories = SupportDefaults.categories()
			.stream()
			.map((c) -> new Category(UUID.randomUUID(), c.name(), c.description(), c.autoAllowed(), 0))
			.toList();
		TriageSetup setup = new TriageSetup("Maison Démo", categories, classifier, new KnowledgeIndex(articles), 0.6,
				Map.of("horaires", "9 h 18 h"), "fr");
		MailNormaliser normaliser = new MailNormaliser();
		LexiconUrgencyCues cues = new LexiconUrgencyCues();
		ExtractiveSummariser summariser = new ExtractiveSummariser();
		OfflineTriageEngine engine = new OfflineTriageEngine(summariser, cues);
		List<String> texts = crmcopilot.support.cli.BenchTexts.generate(20000, new Random(42));
		List<TriageRequest> requests = texts.stream()
			.map((t) -> new TriageRequest(null, t, "email", t.startsWith("Hello") ? "en" : "fr", Map.of(), false, null,
					setup))
			.toList();
		java.util.Map<String, double[]> byTemplate = new java.util.TreeMap<>();
		for (String text : texts.subList(0, 3000)) {
			String template = text.replaceAll("\\d+", "N");
			crmcopilot.ai.Prediction p = classifier.predict(text);
			double[] stats = byTemplate.computeIfAbsent(template + " => " + p.label(), (k) -> new double[3]);
			stats[0]++;
			stats[1] += p.confidence();
			stats[2] += (p.confidence() < 0.65) ? 1 : 0;
		}
		byTemplate
			.forEach((template, stats) -> System.out.printf(Locale.ROOT, "TEMPLATE n=%4.0f conf=%.2f unsure=%.2f %s%n",
					stats[0], stats[1] / stats[0], stats[2] / stats[0], template));
		for (int round = 0; round < 2; round++) {
			time("normalise", texts, (t) -> normaliser.normalise(t, false));
			time("classifier", texts, classifier::predict);
			time("urgency", texts, cues::analyse);
			time("summary", texts, (t) -> summariser.summarise(t, "fr", 2));
			time("ground", requests, (r) -> ReplyGrounding.ground(r, "Suivi de commande", java.util.Set.of()));
			time("engine total", requests, engine::triage);
		}
	}

	private static <T> void time(String name, List<T> inputs, Consumer<T> step) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadCpuTime();
		for (T input : inputs) {
			step.accept(input);
		}
		double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / inputs.size();
		System.out.printf(Locale.ROOT, "COST %-14s %.4f ms/message%n", name, ms);
	}

}
