package crmcopilot.campaigns.internal;

import java.io.ByteArrayInputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.TaskOutcome;
import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.CampaignRun;
import crmcopilot.campaigns.CampaignRun.Status;
import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.crm.CustomerData;
import crmcopilot.crm.CustomerSource;
import crmcopilot.crm.CustomerSources;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.workspace.WorkspaceSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign runs stored in {@code campaign_runs} and {@code campaign_steps}; the analysis,
 * the summary and the DSP instructions as JSON with the run.
 */
@Service
public class JdbcCampaignRuns implements CampaignRuns {

	static final int SAMPLE_ROWS = 50_000;

	private static final String MEMORY = "campaigns.memory.";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final CustomerSources sources;

	private final AiGateway gateway;

	private final ParseCampaignBriefTask parseTask;

	private final DescribePersonaTask describeTask;

	private final AuditJournal journal;

	private final WorkspaceSettings settings;

	JdbcCampaignRuns(JdbcClient jdbc, JsonMapper json, CustomerSources sources, AiGateway gateway,
			ParseCampaignBriefTask parseTask, DescribePersonaTask describeTask, AuditJournal journal,
			WorkspaceSettings settings) {
		this.jdbc = jdbc;
		this.json = json;
		this.sources = sources;
		this.gateway = gateway;
		this.parseTask = parseTask;
		this.describeTask = describeTask;
		this.journal = journal;
		this.settings = settings;
	}

	@Override
	public CampaignBrief prefill(UUID workspaceId, String briefText, @Nullable String client,
			@Nullable String business) {
		TaskOutcome<ParsedBrief> outcome = this.gateway.run(workspaceId, this.parseTask, briefText);
		ParsedBrief parsed = outcome.result();
		Memory memory = memory(workspaceId);
		return new CampaignBrief(briefText, parsed.objective(), parsed.media(), parsed.platform(),
				parsed.productRange(), parsed.targetHints(), (client != null) ? client : memory.client(),
				(business != null) ? business : memory.business(), parsed.budget(), parsed.volume(), null, null);
	}

	@Override
	public Memory memory(UUID workspaceId) {
		Map<String, String> values = this.settings.withPrefix(workspaceId, MEMORY);
		String past = values.get(MEMORY + "past");
		return new Memory(values.get(MEMORY + "client"), values.get(MEMORY + "business"),
				(past == null || past.isBlank()) ? List.of() : List.of(past.split("\n")));
	}

	@Override
	@Transactional
	public CampaignRun create(UUID workspaceId, String actor, String name, CampaignBrief brief, String language) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = now();
		String lang = language.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "fr";
		this.jdbc
			.sql("INSERT INTO campaign_runs (id, workspace_id, name, created_by, created_at, updated_at, language, "
					+ "brief_json, k, n_init, seed, suggest_k) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 4, 10, 0, FALSE)")
			.params(id, workspaceId, name.isBlank() ? brief.objective() + " · " + brief.platform() : name.strip(),
					actor, now, now, lang, this.json.writeValueAsString(brief))
			.update();
		for (int step = 1; step <= CampaignRun.STEPS; step++) {
			this.jdbc.sql(
					"INSERT INTO campaign_steps (workspace_id, run_id, step, status, updated_at) VALUES (?, ?, ?, ?, ?)")
				.params(workspaceId, id, step, Status.PENDING.name(), now)
				.update();
		}
		step(workspaceId, id, 1, Status.DONE, brief.text(), "%s · %s · %s · %s · %s".formatted(brief.objective(),
				brief.media(), brief.platform(), brief.productRange(), brief.targetHints()), null);
		remember(workspaceId, brief, name);
		return find(workspaceId, id).orElseThrow();
	}

	@Override
	public Optional<CampaignRun> find(UUID workspaceId, UUID runId) {
		return this.jdbc
			.sql("SELECT r.*, u.filename FROM campaign_runs r LEFT JOIN campaign_uploads u ON u.id = r.upload_id "
					+ "WHERE r.workspace_id = ? AND r.id = ?")
			.params(workspaceId, runId)
			.query(this::run)
			.optional();
	}

	@Override
	public PageResponse<CampaignRun> list(UUID workspaceId, PageQuery page) {
		long total = this.jdbc.sql("SELECT COUNT(*) FROM campaign_runs WHERE workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.single();
		List<CampaignRun> runs = this.jdbc
			.sql("SELECT r.*, u.filename FROM campaign_runs r LEFT JOIN campaign_uploads u ON u.id = r.upload_id "
					+ "WHERE r.workspace_id = ? ORDER BY r.created_at DESC LIMIT ? OFFSET ?")
			.params(workspaceId, page.size(), page.page() * page.size())
			.query(this::run)
			.list();
		return new PageResponse<>(runs, page.page(), page.size(), total,
				(int) Math.max(1, (total + page.size() - 1) / page.size()));
	}

	@Override
	@Transactional
	public CampaignRun connect(UUID workspaceId, UUID runId, UUID sourceId) {
		require(workspaceId, runId);
		CustomerSource source = this.sources.find(workspaceId, sourceId)
			.orElseThrow(() -> new IllegalArgumentException("unknown customer source"));
		this.jdbc.sql("UPDATE campaign_runs SET source_id = ?, upload_id = NULL, updated_at = ? WHERE id = ?")
			.params(sourceId, now(), runId)
			.update();
		CustomerData data = this.sources.read(workspaceId, sourceId, source.table(), SAMPLE_ROWS);
		afterConnect(workspaceId, runId, source.name() + " · " + source.table()
				+ ((source.enrichmentTable() != null) ? " + " + source.enrichmentTable() : ""), data);
		return require(workspaceId, runId);
	}

	@Override
	@Transactional
	public CampaignRun upload(UUID workspaceId, UUID runId, String filename, byte[] content) {
		require(workspaceId, runId);
		CustomerData data = this.sources.readCsv(new ByteArrayInputStream(content), SAMPLE_ROWS);
		UUID uploadId = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO campaign_uploads (id, workspace_id, run_id, filename, content, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(uploadId, workspaceId, runId, filename, content, now())
			.update();
		this.jdbc.sql("UPDATE campaign_runs SET source_id = NULL, upload_id = ?, updated_at = ? WHERE id = ?")
			.params(uploadId, now(), runId)
			.update();
		afterConnect(workspaceId, runId, filename, data);
		return require(workspaceId, runId);
	}

	private void afterConnect(UUID workspaceId, UUID runId, String inputs, CustomerData data) {
		String outputs = "%d rows%s, %d columns, %d bad rows".formatted(data.totalRows(),
				data.sampled() ? " (sample of " + data.rows().size() + ")" : "", data.columns().size(),
				data.badRows().size());
		this.jdbc.sql("UPDATE campaign_runs SET mapping_json = ? WHERE id = ?")
			.params(this.json.writeValueAsString(ColumnMapping.guess(withEnrichment(workspaceId, runId, data))), runId)
			.update();
		step(workspaceId, runId, 2, Status.DONE, inputs, outputs, null);
		reset(workspaceId, runId, 3);
	}

	/**
	 * The column names of the data just read, then of the enrichment table when the run's
	 * source has one (only that table is read again).
	 */
	private List<String> withEnrichment(UUID workspaceId, UUID runId, CustomerData data) {
		List<String> names = new ArrayList<>(data.columnNames());
		CampaignRun run = require(workspaceId, runId);
		if (run.sourceId() != null) {
			CustomerSource source = this.sources.find(workspaceId, run.sourceId()).orElse(null);
			if (source != null && source.enrichmentTable() != null) {
				names.addAll(this.sources.read(workspaceId, source.id(), source.enrichmentTable(), 1).columnNames());
			}
		}
		return names;
	}

	@Override
	public CustomerData preview(UUID workspaceId, UUID runId) {
		return load(workspaceId, require(workspaceId, runId)).clients();
	}

	/**
	 * What the run page shows of step 2, from one read of the run's source: the customer
	 * rows (counts, sample, bad rows) and the columns the mapping screen offers.
	 *
	 * @param clients the customer table or file as read
	 * @param columns the customer table's columns, then the enrichment table's
	 */
	public record SourcePreview(CustomerData clients, List<crmcopilot.crm.ColumnProfile> columns) {
	}

	public SourcePreview sourcePreview(UUID workspaceId, UUID runId) {
		Data data = load(workspaceId, require(workspaceId, runId));
		return new SourcePreview(data.clients(), columns(data));
	}

	@Override
	@Transactional
	public CampaignRun analyse(UUID workspaceId, UUID runId, ColumnMapping mapping, int k, int nInit, long seed,
			boolean suggestK) {
		CampaignRun run = require(workspaceId, runId);
		if (run.step(2).status() != Status.DONE) {
			throw new IllegalArgumentException("connect a customer source first (step 2)");
		}
		if (k < 2 || k > 12) {
			throw new IllegalArgumentException("k must be between 2 and 12");
		}
		if (nInit < 1 || nInit > 50) {
			throw new IllegalArgumentException("n-init must be between 1 and 50");
		}
		this.jdbc.sql(
				"UPDATE campaign_runs SET mapping_json = ?, k = ?, n_init = ?, seed = ?, suggest_k = ?, updated_at = ? "
						+ "WHERE id = ?")
			.params(this.json.writeValueAsString(mapping), k, nInit, seed, suggestK, now(), runId)
			.update();
		return runAnalysis(workspaceId, require(workspaceId, runId));
	}

	private CampaignRun runAnalysis(UUID workspaceId, CampaignRun run) {
		Data data = load(workspaceId, run);
		ColumnMapping mapping = (run.mapping() != null) ? run.mapping()
				: ColumnMapping.guess(data.clients().columnNames());
		Analysis analysis;
		try {
			analysis = CampaignPipeline.analyse(new CampaignPipeline.Input(data.clients(), data.enrichment(), mapping,
					run.k(), run.nInit(), run.seed(), run.suggestK(), run.language()), (profile, language) -> {
						TaskOutcome<PersonaText> outcome = this.gateway.run(workspaceId, this.describeTask,
								new DescribePersonaTask.Request(profile, language));
						return new CampaignPipeline.Described(outcome.result(), outcome.engine());
					});
		}
		catch (IllegalArgumentException ex) {
			step(workspaceId, run.id(), 3, Status.FAILED, mapping.columns().toString(), null, ex.getMessage());
			reset(workspaceId, run.id(), 4);
			throw ex;
		}
		this.jdbc.sql("UPDATE campaign_runs SET analysis_json = ?, updated_at = ? WHERE id = ?")
			.params(this.json.writeValueAsString(analysis), now(), run.id())
			.update();
		// new personas: images generated for the previous ones no longer match
		this.jdbc.sql("DELETE FROM campaign_images WHERE workspace_id = ? AND run_id = ?")
			.params(workspaceId, run.id())
			.update();
		step(workspaceId, run.id(), 3, Status.DONE, mapping.columns().toString(),
				"%d customers, %d features, derived %s, %d imputations".formatted(analysis.rows(),
						analysis.features().size(), analysis.derived(), analysis.imputations().size()),
				null);
		step(workspaceId, run.id(), 4, Status.DONE,
				"k=%d n-init=%d seed=%d".formatted(run.k(), run.nInit(), run.seed()),
				String.format(Locale.ROOT, "inertia %.2f, %d iterations, sizes %s", analysis.inertia(),
						analysis.iterations(), Arrays.toString(analysis.charts().sizes())),
				null);
		step(workspaceId, run.id(), 5, Status.DONE, "segments",
				"sizes, PCA, heatmap, %d cross tables".formatted(analysis.charts().crossTables().size()), null);
		step(workspaceId, run.id(), 6, Status.DONE, "statistics tables",
				String.join(" | ", analysis.personas().stream().map((p) -> p.text().name()).toList()), null);
		reset(workspaceId, run.id(), 7);
		return require(workspaceId, run.id());
	}

	@Override
	@Transactional
	public CampaignRun rerunFrom(UUID workspaceId, UUID runId, int step, String actor) {
		CampaignRun run = require(workspaceId, runId);
		if (step < 2 || step > CampaignRun.STEPS) {
			throw new IllegalArgumentException("a run can be re-run from step 2 to 9");
		}
		if (step == 2) {
			if (run.sourceId() != null) {
				return connect(workspaceId, runId, run.sourceId());
			}
			throw new IllegalArgumentException("upload the file again to re-run step 2");
		}
		if (step <= 6) {
			return runAnalysis(workspaceId, run);
		}
		if (step == CampaignRun.CHOICE_STEP) {
			reset(workspaceId, runId, 7);
			return require(workspaceId, runId);
		}
		if (run.chosenPersona() == null) {
			throw new IllegalArgumentException("choose a persona first (step 7)");
		}
		finish(workspaceId, run, run.chosenPersona());
		return require(workspaceId, runId);
	}

	@Override
	@Transactional
	public CampaignRun choose(UUID workspaceId, UUID runId, int persona, String reason, String actor) {
		CampaignRun run = require(workspaceId, runId);
		Analysis analysis = analysis(workspaceId, runId)
			.orElseThrow(() -> new IllegalArgumentException("run the segmentation first (steps 3 to 6)"));
		if (persona < 0 || persona >= analysis.personas().size()) {
			throw new IllegalArgumentException("choose one persona between 1 and " + analysis.personas().size());
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("give the reason for the choice");
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
		this.jdbc
			.sql("UPDATE campaign_runs SET chosen_persona = ?, choice_reason = ?, chosen_by = ?, updated_at = ? "
					+ "WHERE id = ?")
			.params(persona, reason.strip(), actor, now(), runId)
			.update();
		step(workspaceId, runId, 7, Status.DONE, alternatives.size() + 1 + " personas",
				(persona + 1) + ": " + chosen.text().name() + " — " + reason.strip(), null);
		finish(workspaceId, run, persona);
		return require(workspaceId, runId);
	}

	private void finish(UUID workspaceId, CampaignRun run, int persona) {
		Analysis analysis = analysis(workspaceId, run.id()).orElseThrow();
		Persona chosen = analysis.personas().get(persona);
		double percentile = analysis.incomePercentiles()[persona];
		DspTargeting.Instructions dsp = DspTargeting.of(run.brief(), analysis.profiles().get(persona), percentile);
		String summary = CampaignPipeline.summary(run.brief(), chosen, dsp, run.language());
		this.jdbc.sql("UPDATE campaign_runs SET summary = ?, dsp_json = ?, updated_at = ? WHERE id = ?")
			.params(summary, this.json.writeValueAsString(dsp), now(), run.id())
			.update();
		step(workspaceId, run.id(), 8, Status.DONE, chosen.text().name(), summary.lines().findFirst().orElse(""), null);
		step(workspaceId, run.id(), 9, Status.DONE, run.brief().platform(),
				"%d variables, %d warnings".formatted(dsp.variables().size(), dsp.warnings().size()), null);
	}

	/**
	 * The columns the mapping screen offers: the customer table's, then the enrichment
	 * table's.
	 */
	public List<crmcopilot.crm.ColumnProfile> columns(UUID workspaceId, UUID runId) {
		return columns(load(workspaceId, require(workspaceId, runId)));
	}

	private static List<crmcopilot.crm.ColumnProfile> columns(Data data) {
		List<crmcopilot.crm.ColumnProfile> columns = new ArrayList<>(data.clients().columns());
		if (data.enrichment() != null) {
			for (crmcopilot.crm.ColumnProfile column : data.enrichment().columns()) {
				if (data.clients().indexOf(column.name()) < 0) {
					columns.add(column);
				}
			}
		}
		return columns;
	}

	/** The stored analysis of steps 3 to 6. */
	public Optional<Analysis> analysis(UUID workspaceId, UUID runId) {
		return this.jdbc.sql("SELECT analysis_json FROM campaign_runs WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, runId)
			.query(String.class)
			.optional()
			.filter((text) -> text != null && !text.isBlank())
			.map((text) -> this.json.readValue(text, Analysis.class));
	}

	/** The stored DSP instructions of step 9 and the summary of step 8, once chosen. */
	public Optional<Finished> finished(UUID workspaceId, UUID runId) {
		return this.jdbc.sql("SELECT summary, dsp_json FROM campaign_runs WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, runId)
			.query((rs, row) -> (rs.getString(2) == null) ? null
					: new Finished(rs.getString(1),
							this.json.readValue(rs.getString(2), DspTargeting.Instructions.class)))
			.optional();
	}

	/**
	 * Steps 8 and 9 as stored.
	 */
	public record Finished(String summary, DspTargeting.Instructions dsp) {
	}

	private record Data(CustomerData clients, @Nullable CustomerData enrichment) {
	}

	private Data load(UUID workspaceId, CampaignRun run) {
		if (run.sourceId() != null) {
			CustomerSource source = this.sources.find(workspaceId, run.sourceId())
				.orElseThrow(() -> new IllegalArgumentException("the customer source was removed"));
			CustomerData clients = this.sources.read(workspaceId, source.id(), source.table(), SAMPLE_ROWS);
			CustomerData enrichment = (source.enrichmentTable() != null)
					? this.sources.read(workspaceId, source.id(), source.enrichmentTable(), Integer.MAX_VALUE - 8)
					: null;
			return new Data(clients, enrichment);
		}
		byte[] content = this.jdbc
			.sql("SELECT u.content FROM campaign_uploads u JOIN campaign_runs r ON r.upload_id = u.id "
					+ "WHERE r.workspace_id = ? AND r.id = ?")
			.params(workspaceId, run.id())
			.query((rs, row) -> rs.getBytes(1))
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("connect a customer source first (step 2)"));
		return new Data(this.sources.readCsv(new ByteArrayInputStream(content), SAMPLE_ROWS), null);
	}

	private CampaignRun require(UUID workspaceId, UUID runId) {
		return find(workspaceId, runId).orElseThrow(() -> new IllegalArgumentException("unknown campaign run"));
	}

	private void reset(UUID workspaceId, UUID runId, int fromStep) {
		for (int step = fromStep; step <= CampaignRun.STEPS; step++) {
			Status status = (step == CampaignRun.CHOICE_STEP && fromStep == CampaignRun.CHOICE_STEP) ? Status.WAITING
					: Status.PENDING;
			step(workspaceId, runId, step, status, null, null, null);
		}
		if (fromStep <= 3) {
			this.jdbc.sql("UPDATE campaign_runs SET analysis_json = NULL WHERE id = ?").param(runId).update();
		}

		if (fromStep <= CampaignRun.CHOICE_STEP) {
			this.jdbc
				.sql("UPDATE campaign_runs SET chosen_persona = NULL, choice_reason = NULL, chosen_by = NULL, "
						+ "summary = NULL, dsp_json = NULL WHERE id = ?")
				.param(runId)
				.update();
		}
	}

	private void step(UUID workspaceId, UUID runId, int step, Status status, @Nullable String inputs,
			@Nullable String outputs, @Nullable String error) {
		this.jdbc
			.sql("UPDATE campaign_steps SET status = ?, inputs = ?, outputs = ?, error = ?, updated_at = ? "
					+ "WHERE workspace_id = ? AND run_id = ? AND step = ?")
			.params(status.name(), inputs, outputs, error, now(), workspaceId, runId, step)
			.update();
	}

	private void remember(UUID workspaceId, CampaignBrief brief, String name) {
		if (brief.client() != null && !brief.client().isBlank()) {
			this.settings.put(workspaceId, MEMORY + "client", brief.client().strip());
		}
		if (brief.business() != null && !brief.business().isBlank()) {
			this.settings.put(workspaceId, MEMORY + "business", brief.business().strip());
		}
		List<String> past = new ArrayList<>(memory(workspaceId).pastCampaigns());
		past.add(0, name.isBlank() ? brief.objective() + " · " + brief.platform() : name.strip());
		this.settings.put(workspaceId, MEMORY + "past", String.join("\n", past.subList(0, Math.min(5, past.size()))));
	}

	private CampaignRun run(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID workspaceId = rs.getObject("workspace_id", UUID.class);
		List<CampaignRun.Step> steps = this.jdbc.sql(
				"SELECT step, status, inputs, outputs, error FROM campaign_steps WHERE workspace_id = ? AND run_id = ? "
						+ "ORDER BY step")
			.params(workspaceId, id)
			.query((s, n) -> new CampaignRun.Step(s.getInt(1), Status.valueOf(s.getString(2)), s.getString(3),
					s.getString(4), s.getString(5)))
			.list();
		String mapping = rs.getString("mapping_json");
		long chosen = rs.getLong("chosen_persona");
		Integer chosenPersona = rs.wasNull() ? null : (int) chosen;
		return new CampaignRun(id, workspaceId, rs.getString("name"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("language"),
				this.json.readValue(rs.getString("brief_json"), CampaignBrief.class),
				rs.getObject("source_id", UUID.class), rs.getString("filename"),
				(mapping != null) ? this.json.readValue(mapping, ColumnMapping.class) : null, rs.getInt("k"),
				rs.getInt("n_init"), rs.getLong("seed"), rs.getBoolean("suggest_k"), chosenPersona,
				rs.getString("choice_reason"), steps);
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
	}

}
