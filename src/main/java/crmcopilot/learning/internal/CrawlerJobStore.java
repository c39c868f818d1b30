package crmcopilot.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Crawler jobs ({@code marketing_ai_crawler_jobs}), scoped by workspace. */
@Repository
public class CrawlerJobStore {

	private final JdbcClient jdbc;

	private final Columns columns;

	CrawlerJobStore(JdbcClient jdbc, Columns columns) {
		this.jdbc = jdbc;
		this.columns = columns;
	}

	public CrawlerJob save(UUID workspaceId, CrawlerJobType type, List<String> urls, Map<String, Object> filters,
			int priority, String createdBy) {
		UUID id = UUID.randomUUID();
		Instant now = Columns.now();
		Map<String, Object> progress = new LinkedHashMap<>(Map.of("done", 0, "total", urls.size()));
		this.jdbc
			.sql("INSERT INTO marketing_ai_crawler_jobs (id, workspace_id, job_type, target_urls, filters, status, "
					+ "progress, priority, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, workspaceId, type.value(), this.columns.json(urls), this.columns.json(filters),
					CrawlerJobStatus.PENDING.value(), this.columns.json(progress), priority, createdBy,
					Columns.utc(now))
			.update();
		return new CrawlerJob(id, type, urls, filters, CrawlerJobStatus.PENDING, progress, priority, now, null, null);
	}

	/** A pending job and its workspace. */
	public record PendingJob(UUID id, UUID workspaceId) {
	}

	/** Pending jobs of every workspace, highest priority first (platform job). */
	public List<PendingJob> pending() {
		return this.jdbc
			.sql("SELECT id, workspace_id FROM marketing_ai_crawler_jobs WHERE status = 'pending' "
					+ "ORDER BY priority DESC, created_at, id")
			.query((rs, n) -> new PendingJob(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class)))
			.list();
	}

	public Optional<CrawlerJob> job(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT * FROM marketing_ai_crawler_jobs WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(this::map)
			.optional();
	}

	public List<CrawlerJob> jobs(UUID workspaceId, int limit) {
		return this.jdbc
			.sql("SELECT * FROM marketing_ai_crawler_jobs WHERE workspace_id = ? ORDER BY created_at DESC, id LIMIT ?")
			.params(workspaceId, limit)
			.query(this::map)
			.list();
	}

	/**
	 * Moves a job from one status to another; false when another worker got there first.
	 */
	public boolean transition(UUID workspaceId, UUID id, CrawlerJobStatus from, CrawlerJobStatus to,
			Map<String, Object> progress) {
		String stamp = (to == CrawlerJobStatus.RUNNING) ? "started_at" : "finished_at";
		return this.jdbc
			.sql("UPDATE marketing_ai_crawler_jobs SET status = ?, progress = ?, " + stamp
					+ " = ? WHERE workspace_id = ? AND id = ? AND status = ?")
			.params(to.value(), this.columns.json(progress), Columns.utc(Instant.now()), workspaceId, id, from.value())
			.update() == 1;
	}

	private CrawlerJob map(ResultSet rs, int n) throws SQLException {
		return new CrawlerJob(rs.getObject("id", UUID.class), CrawlerJobType.of(rs.getString("job_type")),
				this.columns.strings(rs.getString("target_urls")), this.columns.map(rs.getString("filters")),
				CrawlerJobStatus.of(rs.getString("status")), this.columns.map(rs.getString("progress")),
				rs.getInt("priority"), Columns.instant(rs, "created_at"), Columns.instant(rs, "started_at"),
				Columns.instant(rs, "finished_at"));
	}

}
