package crmcopilot.campaigns.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.campaigns.internal.Analysis;
import crmcopilot.campaigns.internal.BriefRenderer;
import crmcopilot.campaigns.internal.CampaignCsvExport;
import crmcopilot.campaigns.internal.CampaignPipeline;
import crmcopilot.campaigns.internal.DspTargeting;
import crmcopilot.campaigns.internal.ParseCampaignBriefTask;
import crmcopilot.campaigns.internal.ParsedBrief;
import crmcopilot.campaigns.internal.Persona;
import crmcopilot.crm.CustomerData;
import crmcopilot.crm.CustomerSources;
import crmcopilot.shared.InvalidInputException;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot campaign run}: the nine steps end to end on files, offline. The human
 * choice is {@code --persona N} (1 = first segment). Writes the personas and their SVG,
 * the charts data, the CSV export, the DSP JSON, the summary and the brief (HTML, PDF).
 */
@Component("cli.campaign.run")
@Command(name = "run", description = "Run the campaign pipeline on a brief and a customer file")
class CampaignRunCommand implements Callable<Integer> {

	@Option(names = "--brief", required = true, description = "text file with the campaign brief")
	Path briefFile;

	@Option(names = "--input", required = true, description = "customers CSV/TSV with a header row")
	Path input;

	@Option(names = "--enrichment", description = "enrichment CSV/TSV joined on the customer id")
	@Nullable Path enrichment;

	@Option(names = "--output-dir", required = true, description = "where to write the results")
	Path outputDir;

	@Option(names = "--persona", required = true, description = "the chosen persona, 1..k (the human step)")
	int persona;

	@Option(names = "--k", defaultValue = "4")
	int k;

	@Option(names = "--n-init", defaultValue = "10")
	int nInit;

	@Option(names = "--seed", defaultValue = "0")
	long seed;

	@Option(names = "--lang", defaultValue = "fr", description = "fr or en")
	String language;

	private final CustomerSources sources;

	private final BriefRenderer renderer;

	private final JsonMapper json;

	CampaignRunCommand(CustomerSources sources, BriefRenderer renderer, JsonMapper json) {
		this.sources = sources;
		this.renderer = renderer;
		this.json = json;
	}

	@Override
	public Integer call() throws IOException {
		long start = System.nanoTime();
		if (!Files.isRegularFile(this.briefFile)) {
			throw new IllegalArgumentException("brief file not found: " + this.briefFile);
		}
		String text = Files.readString(this.briefFile, StandardCharsets.UTF_8);
		// the brief PDF comes last: load the PDF renderer on the other core meanwhile
		this.renderer.warmUpInBackground();
		ParsedBrief parsed = ParseCampaignBriefTask.parse(text);
		CampaignBrief brief = new CampaignBrief(text.strip(), parsed.objective(), parsed.media(), parsed.platform(),
				parsed.productRange(), parsed.targetHints(), null, null, parsed.budget(), parsed.volume(), null, null);
		System.out.printf("1 objectives: %s / %s / %s / %s / %s%n", brief.objective().code(), brief.media().code(),
				brief.platform().code(), brief.productRange(), brief.targetHints());
		long reading = System.nanoTime();
		CustomerData clients = read(this.input);
		CustomerData enriched = (this.enrichment != null) ? read(this.enrichment) : null;
		ColumnMapping mapping = ColumnMapping.guess(clients.columnNames());
		if (enriched != null) {
			ColumnMapping extra = ColumnMapping.guess(enriched.columnNames());
			java.util.Map<crmcopilot.campaigns.ColumnRole, String> merged = new java.util.EnumMap<>(
					crmcopilot.campaigns.ColumnRole.class);
			merged.putAll(extra.columns());
			merged.putAll(mapping.columns());
			mapping = new ColumnMapping(merged);
		}
		System.out.printf("2 crm: %d rows%s, %d bad rows (%d ms); mapping %s%n", clients.totalRows(),
				clients.sampled() ? " (sampled " + clients.rows().size() + ")" : "", clients.badRows().size(),
				(System.nanoTime() - reading) / 1_000_000, mapping.columns());
		CampaignPipeline.Input pipelineInput = new CampaignPipeline.Input(clients, enriched, mapping, this.k,
				this.nInit, this.seed, false, this.language, brief);
		Analysis analysis;
		try {
			analysis = CampaignPipeline.analyse(pipelineInput, CampaignPipeline.OFFLINE);
		}
		catch (InvalidInputException ex) {
			// bad input for the command line (exit code 2), not a failure
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		System.out.printf("3 enrichment: %d features, derived %s, imputed %s%n", analysis.features().size(),
				analysis.derived(), analysis.imputations());
		System.out.printf(Locale.ROOT, "4 segmentation: k=%d inertia=%.3f iterations=%d seed=%d (steps 3-6: %d ms)%n",
				analysis.k(), analysis.inertia(), analysis.iterations(), analysis.seed(), analysis.millis());
		if (this.persona < 1 || this.persona > analysis.personas().size()) {
			throw new IllegalArgumentException(
					"--persona must be between 1 and %d".formatted(analysis.personas().size()));
		}
		Files.createDirectories(this.outputDir);
		try (Writer writer = Files.newBufferedWriter(this.outputDir.resolve("segments.csv"), StandardCharsets.UTF_8)) {
			CampaignCsvExport.write(writer, analysis, analysis.ids(), analysis.labels());
		}
		this.json.writerWithDefaultPrettyPrinter()
			.writeValue(this.outputDir.resolve("charts.json").toFile(), analysis.charts());
		System.out.printf("5 visualisations: sizes %s%n", java.util.Arrays.toString(analysis.charts().sizes()));
		for (Persona p : analysis.personas()) {
			Files.writeString(this.outputDir.resolve("persona-" + (p.segment() + 1) + ".svg"), p.svg());
			System.out.printf("6 persona %d: %s (%d) — %s%n", p.segment() + 1, p.text().name(), p.size(),
					p.text().summary());
		}
		this.json.writerWithDefaultPrettyPrinter()
			.writeValue(this.outputDir.resolve("personas.json").toFile(), analysis.personas());
		Persona chosen = analysis.personas().get(this.persona - 1);
		System.out.printf("7 choice: persona %d (%s)%n", this.persona, chosen.text().name());
		DspTargeting.Instructions dsp = DspTargeting.of(brief, analysis.profiles().get(this.persona - 1),
				analysis.incomePercentiles()[this.persona - 1]);
		String summary = CampaignPipeline.summary(brief, chosen, dsp, this.language);
		Files.writeString(this.outputDir.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
		System.out.println("8 summary: " + summary.lines().findFirst().orElse(""));
		this.json.writerWithDefaultPrettyPrinter().writeValue(this.outputDir.resolve("dsp.json").toFile(), dsp);
		long render = System.nanoTime();
		String html = this.renderer.html(brief.defaultName(), brief, chosen, analysis.profiles().get(this.persona - 1),
				null, dsp, Locale.forLanguageTag(this.language));
		Files.writeString(this.outputDir.resolve("brief.html"), html, StandardCharsets.UTF_8);
		Files.write(this.outputDir.resolve("brief.pdf"), this.renderer.pdf(html));
		System.out.printf("9 dsp: %d variables for %s, %d warning(s); brief.html and brief.pdf written to %s (%d ms)%n",
				dsp.variables().size(), dsp.platform().code(), dsp.warnings().size(), this.outputDir,
				(System.nanoTime() - render) / 1_000_000);
		System.out.printf(Locale.ROOT, "personas=%d chosen=%d rows=%d inertia=%.3f ms=%d%n", analysis.personas().size(),
				this.persona, analysis.rows(), analysis.inertia(), (System.nanoTime() - start) / 1_000_000);
		return 0;
	}

	private CustomerData read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("input file not found: " + file);
		}
		try (InputStream in = Files.newInputStream(file)) {
			return this.sources.readCsv(in, 1_000_000);
		}
	}

}
