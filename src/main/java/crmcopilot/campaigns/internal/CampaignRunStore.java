package crmcopilot.campaigns.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.CampaignRun;
import crmcopilot.campaigns.CampaignRun.Status;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.campaigns.SegmentationMethod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Campaign runs as stored in {@code campaign_runs}, {@code campaign_steps} and
 * {@code campaign_uploads}: the brief, the step states, and what the steps computed (the
 * source summary, the analysis, the summary and the DSP instructions) as JSON with the
 * run. SQL only; {@link CampaignWorkflow} decides what is written when.
 */
@Repository
public class CampaignRunStore {

	private static final String RUNS = "SELECT r.*, u.filename FROM campaign_runs r "
			+ "LEFT JOIN campaign_uploads u ON u.id = r.upload_id WHERE r.workspace_id = :workspace ";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CampaignRunStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Inserts a run with its nine steps pending and the default segmentation settings.
	 */
	void insert(UUID id, UUID workspaceId, String name, String actor, String language, CampaignBrief brief) {
		OffsetDateTime now = now();
		this.jdbc
			.sql("INSERT INTO campaign_runs (id, workspace_id, name, created_by, created_at, updated_at, language, "
					+ "brief_json, k, n_init, seed, suggest_k) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 4, 10, 0, FALSE)")
			.params(id, workspaceId, name, actor, now, now, language, this.json.writeValueAsString(brief))
			.update();
		for (int step = 1; step <= CampaignRun.STEPS; step++) {
			this.jdbc.sql(
					"INSERT INTO campaign_steps (workspace_id, run_id, step, status, updated_at) VALUES (?, ?, ?, ?, ?)")
				.params(workspaceId, id, step, Status.PENDING.name(), now)
				.update();
		}
	}

	public Optional<CampaignRun> find(UUID workspaceId, UUID runId) {
		List<CampaignRun> runs = withSteps(workspaceId,
				this.jdbc.sql(RUNS + "AND r.id = :id")
					.param("workspace", workspaceId)
					.param("id", runId)
					.query(this::run)
					.list());
		return runs.stream().findFirst();
	}

	/** A page of runs, newest first, with their steps read in one query. */
	List<CampaignRun> list(UUID workspaceId, int offset, int limit) {
		return withSteps(workspaceId,
				this.jdbc.sql(RUNS + "ORDER BY r.created_at DESC LIMIT :limit OFFSET :offset")
					.param("workspace", workspaceId)
					.param("limit", limit)
					.param("offset", offset)
					.query(this::run)
					.list());
	}

	long count(UUID workspaceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM campaign_runs WHERE workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.single();
	}

	/** Step 2 with a saved source: forgets any upload. */
	void connectSource(UUID workspaceId, UUID runId, UUID sourceId) {
		this.jdbc
			.sql("UPDATE campaign_runs SET source_id = ?, upload_id = NULL, updated_at = ? "
					+ "WHERE workspace_id = ? AND id = ?")
			.params(sourceId, now(), workspaceId, runId)
			.update();
	}

	/** Step 2 with an upload: keeps the file so steps can be re-run. */
	void connectUpload(UUID workspaceId, UUID runId, String filename, byte[] content) {
		UUID uploadId = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO campaign_uploads (id, workspace_id, run_id, filename, content, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(uploadId, workspaceId, runId, filename, content, now())
			.update();
		this.jdbc
			.sql("UPDATE campaign_runs SET source_id = NULL, upload_id = ?, updated_at = ? "
					+ "WHERE workspace_id = ? AND id = ?")
			.params(uploadId, now(), workspaceId, runId)
			.update();
	}

	/** The file uploaded at step 2, if the run's data is an upload. */
	Optional<byte[]> upload(UUID workspaceId, UUID runId) {
		return this.jdbc
			.sql("SELECT u.content FROM campaign_uploads u JOIN campaign_runs r ON r.upload_id = u.id "
					+ "WHERE r.workspace_id = ? AND r.id = ?")
			.params(workspaceId, runId)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	void saveSource(UUID workspaceId, UUID runId, SourceSummary source) {
		this.jdbc.sql("UPDATE campaign_runs SET source_json = ? WHERE workspace_id = ? AND id = ?")
			.params(this.json.writeValueAsString(source), workspaceId, runId)
			.update();
	}

	/** What step 2 read, as kept when the source was connected. */
	public Optional<SourceSummary> source(UUID workspaceId, UUID runId) {
		return json(workspaceId, runId, "source_json", SourceSummary.class);
	}

	void saveMapping(UUID workspaceId, UUID runId, ColumnMapping mapping) {
		this.jdbc.sql("UPDATE campaign_runs SET mapping_json = ? WHERE workspace_id = ? AND id = ?")
			.params(this.json.writeValueAsString(mapping), workspaceId, runId)
			.update();
	}

	void saveSegmentation(UUID workspaceId, UUID runId, ColumnMapping mapping, SegmentationMethod method, int k,
			int nInit, long seed, boolean suggestK) {
		this.jdbc
			.sql("UPDATE campaign_runs SET mapping_json = ?, segmentation = ?, k = ?, n_init = ?, seed = ?, "
					+ "suggest_k = ?, updated_at = ? WHERE workspace_id = ? AND id = ?")
			.params(this.json.writeValueAsString(mapping), method.code(), k, nInit, seed, suggestK, now(), workspaceId,
					runId)
			.update();
	}

	/**
	 * Stores the analysis of steps 3 to 6, the customers' segments apart, and drops the
	 * images drawn for former personas.
	 */
	void saveAnalysis(UUID workspaceId, UUID runId, Analysis analysis) {
		this.jdbc
			.sql("UPDATE campaign_runs SET analysis_json = ?, assignments_json = ?, updated_at = ? "
					+ "WHERE workspace_id = ? AND id = ?")
			.params(this.json.writeValueAsString(analysis.withoutAssignments()),
					this.json.writeValueAsString(analysis.assignments()), now(), workspaceId, runId)
			.update();
		this.jdbc.sql("DELETE FROM campaign_images WHERE workspace_id = ? AND run_id = ?")
			.params(workspaceId, runId)
			.update();
	}

	/**
	 * The stored analysis of steps 3 to 6, without the customers' segments (see
	 * {@link #assignments}).
	 */
	public Optional<Analysis> analysis(UUID workspaceId, UUID runId) {
		return json(workspaceId, runId, "analysis_json", Analysis.class);
	}

	/** The segment of each customer, once the segmentation ran. */
	public Optional<Analysis.Assignments> assignments(UUID workspaceId, UUID runId) {
		Optional<Analysis.Assignments> kept = json(workspaceId, runId, "assignments_json", Analysis.Assignments.class);
		// runs analysed before the segments were kept apart have them in the analysis
		return kept.isPresent() ? kept : analysis(workspaceId, runId).map(Analysis::assignments);
	}

	void saveChoice(UUID workspaceId, UUID runId, int persona, String reason, String actor) {
		this.jdbc
			.sql("UPDATE campaign_runs SET chosen_persona = ?, choice_reason = ?, chosen_by = ?, updated_at = ? "
					+ "WHERE workspace_id = ? AND id = ?")
			.params(persona, reason, actor, now(), workspaceId, runId)
			.update();
	}

	void saveFinished(UUID workspaceId, UUID runId, Finished finished) {
		this.jdbc
			.sql("UPDATE campaign_runs SET summary = ?, dsp_json = ?, updated_at = ? WHERE workspace_id = ? AND id = ?")
			.params(finished.summary(), this.json.writeValueAsString(finished.dsp()), now(), workspaceId, runId)
			.update();
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

	void step(UUID workspaceId, UUID runId, int step, Status status, @Nullable String inputs, @Nullable String outputs,
			@Nullable String error) {
		this.jdbc
			.sql("UPDATE campaign_steps SET status = ?, inputs = ?, outputs = ?, error = ?, updated_at = ? "
					+ "WHERE workspace_id = ? AND run_id = ? AND step = ?")
			.params(status.name(), inputs, outputs, error, now(), workspaceId, runId, step)
			.update();
	}

	/**
	 * Marks the steps from {@code fromStep} on as to be done again and drops what they
	 * computed; the choice step waits for a human when the reset starts there.
	 */
	void reset(UUID workspaceId, UUID runId, int fromStep) {
		for (int step = fromStep; step <= CampaignRun.STEPS; step++) {
			Status status = (step == CampaignRun.CHOICE_STEP && fromStep == CampaignRun.CHOICE_STEP) ? Status.WAITING
					: Status.PENDING;
			step(workspaceId, runId, step, status, null, null, null);
		}
		if (fromStep <= 3) {
			this.jdbc
				.sql("UPDATE campaign_runs SET analysis_json = NULL, assignments_json = NULL "
						+ "WHERE workspace_id = ? AND id = ?")
				.params(workspaceId, runId)
				.update();
		}
		if (fromStep <= CampaignRun.CHOICE_STEP) {
			this.jdbc
				.sql("UPDATE campaign_runs SET chosen_persona = NULL, choice_reason = NULL, chosen_by = NULL, "
						+ "summary = NULL, dsp_json = NULL WHERE workspace_id = ? AND id = ?")
				.params(workspaceId, runId)
				.update();
		}
	}

	private <T> Optional<T> json(UUID workspaceId, UUID runId, String column, Class<T> type) {
		return this.jdbc.sql("SELECT " + column + " FROM campaign_runs WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, runId)
			.query(String.class)
			.optional()
			.filter((text) -> text != null && !text.isBlank())
			.map((text) -> this.json.readValue(text, type));
	}

	/** The runs given with their steps, read in one query. */
	private List<CampaignRun> withSteps(UUID workspaceId, List<CampaignRun> runs) {
		if (runs.isEmpty()) {
			return runs;
		}
		Map<UUID, List<CampaignRun.Step>> steps = new HashMap<>();
		this.jdbc
			.sql("SELECT run_id, step, status, inputs, outputs, error FROM campaign_steps "
					+ "WHERE workspace_id = :workspace AND run_id IN (:ids) ORDER BY run_id, step")
			.param("workspace", workspaceId)
			.param("ids", runs.stream().map(CampaignRun::id).toList())
			.query((rs) -> {
				steps.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new ArrayList<>())
					.add(new CampaignRun.Step(rs.getInt(2), Status.valueOf(rs.getString(3)), rs.getString(4),
							rs.getString(5), rs.getString(6)));
			});
		return runs.stream().map((run) -> run.withSteps(steps.getOrDefault(run.id(), List.of()))).toList();
	}

	/** A run without its steps ({@link #withSteps} adds them). */
	private CampaignRun run(ResultSet rs, int row) throws SQLException {
		String mapping = rs.getString("mapping_json");
		long chosen = rs.getLong("chosen_persona");
		Integer chosenPersona = rs.wasNull() ? null : (int) chosen;
		return new CampaignRun(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("name"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("language"),
				this.json.readValue(rs.getString("brief_json"), CampaignBrief.class),
				rs.getObject("source_id", UUID.class), rs.getString("filename"),
				(mapping != null) ? this.json.readValue(mapping, ColumnMapping.class) : null,
				SegmentationMethod.parse(rs.getString("segmentation")), rs.getInt("k"), rs.getInt("n_init"),
				rs.getLong("seed"), rs.getBoolean("suggest_k"), chosenPersona, rs.getString("choice_reason"),
				List.of());
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
	}

}
