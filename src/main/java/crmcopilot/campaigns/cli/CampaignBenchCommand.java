package crmcopilot.campaigns.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.campaigns.ColumnRole;
import crmcopilot.campaigns.internal.Analysis;
import crmcopilot.campaigns.internal.BriefRenderer;
import crmcopilot.campaigns.internal.CampaignPipeline;
import crmcopilot.campaigns.internal.DspTargeting;
import crmcopilot.campaigns.internal.ParseCampaignBriefTask;
import crmcopilot.campaigns.internal.ParsedBrief;
import crmcopilot.campaigns.internal.Persona;
import crmcopilot.crm.CustomerData;
import crmcopilot.crm.CustomerSource;
import crmcopilot.crm.CustomerSources;
import crmcopilot.workspace.Workspaces;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot bench campaign}: the nine steps on the demo workspace's customers
 * (demo tables, 5,000 customers), offline, as the campaign page runs them, with the time
 * of each step. The brief's PDF is rendered on download, apart from the pipeline: its
 * first and a second rendering are timed separately; with {@code --pdf-warm-up} the
 * renderer is first warmed up as the server does after start-up.
 */
@Component("cli.bench.campaign")
@Command(name = "campaign", description = "Time the campaign pipeline on the demo data")
class CampaignBenchCommand implements Callable<Integer> {

	static final String EXAMPLE_BRIEF = "Je veux faire une campagne de recrutement de nouveaux clients sur un produit "
			+ "moyen gamme de façon à recruter autant sur les CSP que les CSP+. Je souhaite définir les paramètres "
			+ "pour ma campagne display sur Pmax de Google.";

	@Option(names = "--k", defaultValue = "4")
	int k;

	@Option(names = "--n-init", defaultValue = "10")
	int nInit;

	@Option(names = "--persona", defaultValue = "1", description = "the chosen persona, 1..k")
	int persona;

	@Option(names = "--no-pdf", description = "skip the PDF timings")
	boolean noPdf;

	@Option(names = "--pdf-warm-up",
			description = "warm the PDF renderer up first, as the server does after start-up, then time the PDFs")
	boolean pdfWarmUp;

	@Option(names = "--input",
			description = "customers CSV instead of the demo workspace's table (./copilot crm demo-data writes it)")
	java.nio.file.@org.jspecify.annotations.Nullable Path input;

	@Option(names = "--enrichment", description = "enrichment CSV joined on the customer id, with --input")
	java.nio.file.@org.jspecify.annotations.Nullable Path enrichmentFile;

	private final Workspaces workspaces;

	private final CustomerSources sources;

	private final BriefRenderer renderer;

	CampaignBenchCommand(Workspaces workspaces, CustomerSources sources, BriefRenderer renderer) {
		this.workspaces = workspaces;
		this.sources = sources;
		this.renderer = renderer;
	}

	@Override
	public Integer call() {
		if (this.pdfWarmUp && !this.noPdf) {
			long warmUpStart = System.nanoTime();
			this.renderer.warmUpInBackground().join();
			System.out.printf(Locale.ROOT, "pdf warm-up (background, after start-up) %8.1f ms%n",
					(System.nanoTime() - warmUpStart) / 1e6);
		}
		Map<String, Long> laps = new LinkedHashMap<>();
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		long lap = start;
		ParsedBrief parsed = ParseCampaignBriefTask.parse(EXAMPLE_BRIEF);
		CampaignBrief brief = new CampaignBrief(EXAMPLE_BRIEF, parsed.objective(), parsed.media(), parsed.platform(),
				parsed.productRange(), parsed.targetHints(), null, null, parsed.budget(), parsed.volume(), null, null);
		laps.put("1 objectives", System.nanoTime() - lap);
		lap = System.nanoTime();
		CustomerData clients;
		CustomerData enrichment;
		if (this.input != null) {
			clients = csv(this.input);
			enrichment = (this.enrichmentFile != null) ? csv(this.enrichmentFile) : null;
		}
		else {
			UUID workspace = this.workspaces.demo()
				.orElseThrow(() -> new IllegalArgumentException(
						"no demo workspace: start ./copilot serve once, or give --input (./copilot crm demo-data)"))
				.id();
			CustomerSource source = this.sources.demo(workspace);
			clients = this.sources.read(workspace, source.id(), source.table(), 50_000);
			enrichment = this.sources.read(workspace, source.id(),
					java.util.Objects.requireNonNull(source.enrichmentTable()), Integer.MAX_VALUE - 8);
		}
		Map<ColumnRole, String> roles = new java.util.EnumMap<>(ColumnRole.class);
		if (enrichment != null) {
			roles.putAll(ColumnMapping.guess(enrichment.columnNames()).columns());
		}
		roles.putAll(ColumnMapping.guess(clients.columnNames()).columns());
		laps.put("2 crm connection", System.nanoTime() - lap);
		Analysis analysis = CampaignPipeline.analyse(new CampaignPipeline.Input(clients, enrichment,
				new ColumnMapping(roles), this.k, this.nInit, 0, false, "fr", brief), CampaignPipeline.OFFLINE,
				laps::put);
		if (this.persona < 1 || this.persona > analysis.personas().size()) {
			throw new IllegalArgumentException("--persona must be between 1 and " + analysis.personas().size());
		}
		lap = System.nanoTime();
		Persona chosen = analysis.personas().get(this.persona - 1);
		laps.put("7 choice", System.nanoTime() - lap);
		lap = System.nanoTime();
		DspTargeting.Instructions dsp = DspTargeting.of(brief, analysis.profiles().get(this.persona - 1),
				analysis.incomePercentiles()[this.persona - 1]);
		String summary = CampaignPipeline.summary(brief, chosen, dsp, "fr");
		laps.put("8 summary", System.nanoTime() - lap);
		lap = System.nanoTime();
		String html = this.renderer.html(brief.defaultName(), brief, chosen, analysis.profiles().get(this.persona - 1),
				null, dsp, Locale.FRENCH);
		laps.put("9 dsp + brief html", System.nanoTime() - lap);
		long pipeline = System.nanoTime() - start;
		long pipelineCpu = threads.getCurrentThreadCpuTime() - cpuStart;
		laps.forEach((step, nanos) -> System.out.printf(Locale.ROOT, "%-22s %8.1f ms%n", step, nanos / 1e6));
		System.out.printf(Locale.ROOT, "rows=%d k=%d n_init=%d inertia=%.3f html_chars=%d%n", analysis.rows(),
				analysis.k(), this.nInit, analysis.inertia(), html.length());
		if (!this.noPdf) {
			String first = this.pdfWarmUp ? "first, after the warm-up" : "cold";
			for (String run : new String[] { first, "second" }) {
				long pdfStart = System.nanoTime();
				byte[] pdf = this.renderer.pdf(html);
				System.out.printf(Locale.ROOT, "brief pdf (%s, on download) %8.1f ms, %d bytes%n", run,
						(System.nanoTime() - pdfStart) / 1e6, pdf.length);
			}
		}
		System.out.printf(Locale.ROOT, "pipeline_cpu_ms=%d (the pipeline runs on one thread) load_average=%.2f%n",
				pipelineCpu / 1_000_000,
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.printf(Locale.ROOT, "pipeline_ms=%d%n", pipeline / 1_000_000);
		return 0;
	}

	private CustomerData csv(java.nio.file.Path file) {
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
			return this.sources.readCsv(in, 1_000_000);
		}
		catch (java.io.IOException ex) {
			throw new IllegalArgumentException("cannot read " + file + ": " + ex.getMessage());
		}
	}

}
