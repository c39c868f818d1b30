package crmcopilot.campaigns.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.TaskOutcome;
import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.CampaignRun;
import crmcopilot.campaigns.CampaignRun.Status;
import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.campaigns.SegmentationMethod;
import crmcopilot.crm.CustomerData;
import crmcopilot.crm.CustomerSource;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nine steps of a campaign run: what each step needs, the AI tasks it asks for, what
 * it records in the run ({@link CampaignRunStore}) and the audit journal. Nothing after
 * step 7 runs before a human chose one persona.
 */
@Service
class CampaignWorkflow implements CampaignRuns {

	private final CampaignRunStore store;

	private final RunCustomers customers;

	private final CampaignMemory memory;

	private final AiGateway gateway;

	private final ParseCampaignBriefTask parseTask;

	private final DescribePersonaTask describeTask;

	private final AuditJournal journal;

	private final StepTexts texts;

	CampaignWorkflow(CampaignRunStore store, RunCustomers customers, CampaignMemory memory, AiGateway gateway,
			ParseCampaignBriefTask parseTask, DescribePersonaTask describeTask, AuditJournal journal, StepTexts texts) {
		this.texts = texts;
		this.store = store;
		this.customers = customers;
		this.memory = memory;
		this.gateway = gateway;
		this.parseTask = parseTask;
		this.describeTask = describeTask;
		this.journal = journal;
	}

	@Override
	public CampaignBrief prefill(UUID workspaceId, String briefText, @Nullable String client,
			@Nullable String business) {
		ParsedBrief parsed = this.gateway.run(workspaceId, this.parseTask, briefText).result();
		Memory memory = memory(workspaceId);
		return new CampaignBrief(briefText, parsed.objective(), parsed.media(), parsed.platform(),
				parsed.productRange(), parsed.targetHints(), (client != null) ? client : memory.client(),
				(business != null) ? business : memory.business(), parsed.budget(), parsed.volume(), null, null);
	}

	@Override
	public Memory memory(UUID workspaceId) {
		return this.memory.read(workspaceId);
	}

	@Override
	@Transactional
	public CampaignRun create(UUID workspaceId, String actor, String name, CampaignBrief brief, String language) {
		UUID id = UUID.randomUUID();
		String runName = name.isBlank() ? brief.defaultName() : name.strip();
		String lang = language.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "fr";
		this.store.insert(id, workspaceId, runName, actor, lang, brief);
		this.store.step(workspaceId, id, 1, Status.DONE, brief.text(),
				"%s · %s · %s · %s · %s".formatted(brief.objective().code(), brief.media().code(),
						brief.platform().code(), brief.productRange(), brief.targetHints()),
				null);
		this.memory.remember(workspaceId, brief, runName);
		return require(workspaceId, id);
	}

	@Override
	public Optional<CampaignRun> find(UUID workspaceId, UUID runId) {
		return this.store.find(workspaceId, runId);
	}

	@Override
	public PageResponse<CampaignRun> list(UUID workspaceId, PageQuery page) {
		long total = this.store.count(workspaceId);
		List<CampaignRun> runs = this.store.list(workspaceId, page.page() * page.size(), page.size());
		return new PageResponse<>(runs, page.page(), page.size(), total,
				(int) Math.max(1, (total + page.size() - 1) / page.size()));
	}

	@Override
	@Transactional
	public CampaignRun connect(UUID workspaceId, UUID runId, UUID sourceId) {
		require(workspaceId, runId);
		CustomerSource source = this.customers.source(workspaceId, sourceId);
		this.store.connectSource(workspaceId, runId, sourceId);
		RunCustomers.Data data = this.customers.sample(workspaceId, source);
		afterConnect(workspaceId, runId, sourceId.toString(), source.name() + " · " + source.table()
				+ ((source.enrichmentTable() != null) ? " + " + source.enrichmentTable() : ""), data);
		return require(workspaceId, runId);
	}

	@Override
	@Transactional
	public CampaignRun upload(UUID workspaceId, UUID runId, String filename, byte[] content) {
		require(workspaceId, runId);
		CustomerData data = this.customers.readUpload(content);
		this.store.connectUpload(workspaceId, runId, filename, content);
		afterConnect(workspaceId, runId, uploadKey(filename), filename, new RunCustomers.Data(data, null));
		return require(workspaceId, runId);
	}

	/**
	 * Keeps what step 2 read, takes the mapping last used with the source (else guesses
	 * it) and makes the later steps pending.
	 */
	private void afterConnect(UUID workspaceId, UUID runId, String sourceKey, String inputs, RunCustomers.Data data) {
		CustomerData clients = data.clients();
		SourceSummary summary = SourceSummary.of(clients, data.enrichment());
		String outputs = this.texts.source(require(workspaceId, runId).language(), clients.totalRows(),
				clients.sampled(), clients.rows().size(), clients.columns().size(), clients.badRows().size());
		this.store.saveSource(workspaceId, runId, summary);
		this.store.saveMapping(workspaceId, runId, this.memory.mapping(workspaceId, sourceKey, summary.columnNames())
			.orElseGet(() -> ColumnMapping.guess(summary.columnNames())));
		this.store.step(workspaceId, runId, 2, Status.DONE, inputs, outputs, null);
		this.store.reset(workspaceId, runId, 3);
	}

	@Override
	@Transactional
	public CampaignRun analyse(UUID workspaceId, UUID runId, ColumnMapping mapping, SegmentationMethod method, int k,
			int nInit, long seed, boolean suggestK) {
		CampaignRun run = require(workspaceId, runId);
		if (run.step(2).status() != Status.DONE) {
			throw StepMissingException.connectFirst();
		}
		if (k < 2 || k > 12) {
			throw new InvalidInputException("k", "campaigns.error.k-range", new Object[] { 2, 12 },
					"k must be between 2 and 12");
		}
		if (nInit < 1 || nInit > 50) {
			throw new InvalidInputException("nInit", "campaigns.error.n-init-range", new Object[] { 1, 50 },
					"n-init must be between 1 and 50");
		}
		this.store.saveSegmentation(workspaceId, runId, mapping, method, k, nInit, seed, suggestK);
		this.memory.rememberMapping(workspaceId,
				(run.sourceId() != null) ? run.sourceId().toString() : uploadKey(String.valueOf(run.uploadName())),
				mapping);
		return runAnalysis(workspaceId, require(workspaceId, runId));
	}

	private CampaignRun runAnalysis(UUID workspaceId, CampaignRun run) {
		RunCustomers.Data data = this.customers.read(workspaceId, run);
		ColumnMapping mapping = (run.mapping() != null) ? run.mapping()
				: ColumnMapping.guess(data.clients().columnNames());
		Analysis analysis;
		try {
			analysis = CampaignPipeline.analyse(
					new CampaignPipeline.Input(data.clients(), data.enrichment(), mapping, run.method(), run.k(),
							run.nInit(), run.seed(), run.suggestK(), run.language(), run.brief()),
					(profile, language) -> {
						TaskOutcome<PersonaText> outcome = this.gateway.run(workspaceId, this.describeTask,
								new DescribePersonaTask.Request(profile, language));
						return new CampaignPipeline.Described(outcome.result(), outcome.engine());
					});
		}
		catch (InvalidInputException ex) {
			this.store.step(workspaceId, run.id(), 3, Status.FAILED,
					this.texts.mapping(run.language(), mapping.columns()), null, ex.getMessage());
			this.store.reset(workspaceId, run.id(), 4);
			throw ex;
		}
		this.store.saveAnalysis(workspaceId, run.id(), analysis);
		this.store.step(workspaceId, run.id(), 3, Status.DONE, this.texts.mapping(run.language(), mapping.columns()),
				this.texts.prepared(run.language(), analysis), null);
		boolean rfm = run.method() == SegmentationMethod.RFM;
		this.store.step(workspaceId, run.id(), 4, Status.DONE,
				this.texts.segmentation(run.language(), rfm, run.k(), run.nInit(), run.seed()),
				this.texts.segments(run.language(), rfm, analysis), null);
		this.store.step(workspaceId, run.id(), 5, Status.DONE,
				this.texts.text(run.language(), "campaigns.step.segments"), this.texts.charts(run.language(), analysis),
				null);
		this.store.step(workspaceId, run.id(), 6, Status.DONE, this.texts.text(run.language(), "campaigns.step.tables"),
				this.texts.personas(run.language(), analysis.personas().stream().map((p) -> p.text().name()).toList()),
				null);
		this.store.reset(workspaceId, run.id(), CampaignRun.CHOICE_STEP);
		return require(workspaceId, run.id());
	}

	@Override
	@Transactional
	public CampaignRun rerunFrom(UUID workspaceId, UUID runId, int step) {
		CampaignRun run = require(workspaceId, runId);
		if (step < 2 || step > CampaignRun.STEPS) {
			throw new InvalidInputException("step", "campaigns.error.rerun-range",
					new Object[] { 2, CampaignRun.STEPS }, "a run can be re-run from step 2 to 9");
		}
		if (step == 2) {
			if (run.sourceId() != null) {
				return connect(workspaceId, runId, run.sourceId());
			}
			throw new InvalidInputException("step", "campaigns.error.upload-again", new Object[0],
					"upload the file again to re-run step 2");
		}
		if (step <= 6) {
			return runAnalysis(workspaceId, run);
		}
		if (step == CampaignRun.CHOICE_STEP) {
			this.store.reset(workspaceId, runId, CampaignRun.CHOICE_STEP);
			return require(workspaceId, runId);
		}
		if (run.chosenPersona() == null) {
			throw StepMissingException.chooseFirst();
		}
		finish(workspaceId, run, run.chosenPersona());
		return require(workspaceId, runId);
	}

	@Override
	@Transactional
	public CampaignRun choose(UUID workspaceId, UUID runId, int persona, String reason, String actor) {
		CampaignRun run = require(workspaceId, runId);
		Analysis analysis = this.store.analysis(workspaceId, runId).orElseThrow(StepMissingException::segmentFirst);
		if (persona < 0 || persona >= analysis.personas().size()) {
			throw new InvalidInputException("persona", "campaigns.error.persona-range",
					new Object[] { analysis.personas().size() },
					"choose one persona between 1 and " + analysis.personas().size());
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "campaigns.choice.reasonRequired", new Object[0],
					"give the reason for the choice");
		}
		Persona chosen = analysis.personas().get(persona);
		List<String> alternatives = analysis.personas()
			.stream()
			.filter((p) -> p.segment() != persona)
			.map((p) -> (p.segment() + 1) + ": " + p.text().name())
			.toList();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("persona", persona + 1);
		details.put("name", chosen.text().name());
		details.put("alternatives", alternatives);
		details.put("k", analysis.k());
		details.put("seed", analysis.seed());
		this.journal.record(AuditEvent
			.of(workspaceId, "campaigns.persona.chosen", "campaign-run", runId.toString(), reason.strip(), details)
			.by(actor, "user"));
		this.store.saveChoice(workspaceId, runId, persona, reason.strip(), actor);
		this.store.step(workspaceId, runId, CampaignRun.CHOICE_STEP, Status.DONE,
				this.texts.text(run.language(), "campaigns.step.personas", alternatives.size() + 1),
				(persona + 1) + ": " + chosen.text().name() + " — " + reason.strip(), null);
		finish(workspaceId, run, persona);
		return require(workspaceId, runId);
	}

	/** Steps 8 and 9 for the chosen persona. */
	private void finish(UUID workspaceId, CampaignRun run, int persona) {
		Analysis analysis = this.store.analysis(workspaceId, run.id()).orElseThrow();
		Persona chosen = analysis.personas().get(persona);
		double percentile = analysis.incomePercentiles()[persona];
		DspTargeting.Instructions dsp = DspTargeting.of(run.brief(), analysis.profiles().get(persona), percentile);
		String summary = CampaignPipeline.summary(run.brief(), chosen, dsp, run.language());
		this.store.saveFinished(workspaceId, run.id(), new CampaignRunStore.Finished(summary, dsp));
		this.store.step(workspaceId, run.id(), 8, Status.DONE, chosen.text().name(),
				summary.lines().findFirst().orElse(""), null);
		this.store.step(workspaceId, run.id(), 9, Status.DONE, run.brief().platform().code(),
				(PersonaLanguage.english(run.language()) ? "%d variables, %d warnings"
						: "%d variables, %d avertissements")
					.formatted(dsp.variables().size(), dsp.warnings().size()),
				null);
	}

	private static String uploadKey(String filename) {
		return "upload:" + filename;
	}

	private CampaignRun require(UUID workspaceId, UUID runId) {
		return find(workspaceId, runId).orElseThrow(() -> new NotFoundException("campaign run"));
	}

}
