package crmcopilot.opportunities.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.internal.OpportunityExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

/**
 * {@code ./copilot bench extract}: offline extraction over generated documents (fixed
 * seed), after a warm-up; prints p50, p95 and last {@code ms_per_document=<x>}.
 */
@Component("cli.bench.extract")
@Command(name = "extract", description = "Benchmark offline opportunity extraction")
class BenchExtractCommand implements Callable<Integer> {

	private static final String[] COMPANIES = { "Sonatel", "Transports Diallo SARL", "Banque Atlantique Sénégal",
			"Kirène SA", "Groupe Sedima", "Ministère de l'Économie", "Ivoire Logistique SA", "Port autonome de Dakar",
			"Clinique de la Madeleine", "Sococim Industries" };

	private static final String[] PEOPLE = { "Awa Ndiaye", "Moussa Diop", "Fatou Sarr", "Ibrahima Fall", "Kouassi Yao",
			"Mariama Camara", "Cheikh Sy", "Aminata Diallo" };

	private static final String[] NEEDS = { "renouveler leurs licences Microsoft 365",
			"un contrat de maintenance pour leurs serveurs", "acquérir 40 ordinateurs portables",
			"la mise en place d'un ERP", "migrer la messagerie vers le cloud", "un audit de sécurité" };

	private static final String[] WHEN = { "avant le 15 mars", "d'ici fin juin", "sous 10 jours",
			"fin de semaine prochaine", "avant le 30/09/2026", "dans deux semaines", "" };

	private static final String[] TEMPLATES = {
			"Rencontre avec %2$s, DSI de %1$s à Dakar. Ils veulent %3$s %4$s. Budget estimé : %5$d millions FCFA. Tél : 77 %6$03d 45 67, %7$s@exemple.sn",
			"De : %2$s <%7$s@exemple.sn>%nObjet : Demande de devis%n%nBonjour,%nNous souhaitons %3$s %4$s. Montant : %5$d 000 000 F CFA.%nCordialement,%n%2$s%nResponsable achats, %1$s%n+221 33 %6$03d 12 34",
			"mémo vocal je sors de chez %1$s j'ai vu %2$s ils ont besoin de %3$s à peu près %5$d millions il faudrait signer %4$s",
			"Avis d'appel d'offres%nObjet : %3$s%nAutorité contractante : %1$s%nDate limite : 28/05/2026%nMontant prévisionnel : %5$d 000 000 FCFA" };

	@Option(names = "--documents", defaultValue = "1000", description = "number of documents")
	int documents;

	private final OpportunityExtractor extractor;

	BenchExtractCommand(OpportunityExtractor extractor) {
		this.extractor = extractor;
	}

	@Override
	public Integer call() {
		if (this.documents < 1) {
			throw new IllegalArgumentException("--documents must be at least 1");
		}
		List<String> texts = generate(this.documents, new Random(42));
		LocalDate created = LocalDate.of(2026, 3, 2);
		for (int i = 0; i < Math.min(200, texts.size()); i++) {
			this.extractor.extractOffline(ExtractionRequest.of(texts.get(i), created));
		}
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		double[] millis = new double[texts.size()];
		double[] cpu = new double[texts.size()];
		long total = 0;
		for (int i = 0; i < texts.size(); i++) {
			long cpuStart = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			this.extractor.extractOffline(ExtractionRequest.of(texts.get(i), created));
			long elapsed = System.nanoTime() - start;
			cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
			total += elapsed;
			millis[i] = elapsed / 1e6;
		}
		Arrays.sort(millis);
		Arrays.sort(cpu);
		System.out.printf(Locale.ROOT, "documents=%d p50_ms=%.2f p95_ms=%.2f max_ms=%.2f%n", texts.size(),
				percentile(millis, 0.50), percentile(millis, 0.95), millis[millis.length - 1]);
		System.out.printf(Locale.ROOT, "cpu_p50_ms=%.2f cpu_p95_ms=%.2f load_average=%.2f%n", percentile(cpu, 0.50),
				percentile(cpu, 0.95),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.printf(Locale.ROOT, "ms_per_document=%.2f%n", total / 1e6 / texts.size());
		return 0;
	}

	private static double percentile(double[] sorted, double p) {
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	static List<String> generate(int count, Random random) {
		List<String> texts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String person = PEOPLE[random.nextInt(PEOPLE.length)];
			String login = person.toLowerCase(Locale.ROOT).replace(' ', '.');
			texts.add(String.format(Locale.ROOT, TEMPLATES[random.nextInt(TEMPLATES.length)],
					COMPANIES[random.nextInt(COMPANIES.length)], person, NEEDS[random.nextInt(NEEDS.length)],
					WHEN[random.nextInt(WHEN.length)], 5 + random.nextInt(200), random.nextInt(1000), login));
		}
		return texts;
	}

}
