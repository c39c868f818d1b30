package crmcopilot.ai.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Records calls in {@code ai_calls} and sums them up for the usage page and API. */
@Repository
public class JdbcAiCallLog implements AiCallLog {

	/** Enough for a busy month; the usage page is not an export. */
	private static final int MAX_ROWS = 200_000;

	private final JdbcClient jdbc;

	JdbcAiCallLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(AiCall call) {
		this.jdbc.sql("""
				INSERT INTO ai_calls (id, workspace_id, occurred_at, task, provider, engine, model, prompt_id,
				    prompt_version, prompt_source, latency_ms, input_tokens, output_tokens, cost_usd, offline,
				    fallback, fallback_reason, redacted, confidence)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(call.id(), call.workspaceId(), OffsetDateTime.ofInstant(call.occurredAt(), ZoneOffset.UTC),
					call.task(), call.provider(), call.engine(), call.model(), call.promptId(), call.promptVersion(),
					call.promptSource(), call.latencyMs(), call.inputTokens(), call.outputTokens(), call.costUsd(),
					call.offline(), call.fallback(), call.fallbackReason(), call.redacted(), call.confidence())
			.update();
	}

	/** The latest calls of a workspace, newest first. */
	public List<AiCall> latest(UUID workspaceId, int limit) {
		return this.jdbc.sql("SELECT * FROM ai_calls WHERE workspace_id = ? ORDER BY occurred_at DESC LIMIT ?")
			.params(workspaceId, limit)
			.query((rs, row) -> new AiCall(rs.getObject("id", UUID.class), workspaceId,
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("task"),
					rs.getString("provider"), rs.getString("engine"), rs.getString("model"), rs.getString("prompt_id"),
					rs.getInt("prompt_version"), rs.getString("prompt_source"), rs.getLong("latency_ms"),
					rs.getLong("input_tokens"), rs.getLong("output_tokens"), rs.getDouble("cost_usd"),
					rs.getBoolean("offline"), rs.getBoolean("fallback"), rs.getString("fallback_reason"),
					rs.getBoolean("redacted"), (Double) rs.getObject("confidence", Double.class)))
			.list();
	}

	private record Row(String task, String provider, LocalDate day, long latencyMs, long inputTokens, long outputTokens,
			double costUsd, boolean offline, boolean fallback) {
	}

	/** Usage between two days inclusive (UTC). */
	public UsageReport usage(UUID workspaceId, LocalDate from, LocalDate to) {
		List<Row> rows = this.jdbc.sql("""
				SELECT task, provider, occurred_at, latency_ms, input_tokens, output_tokens, cost_usd, offline, fallback
				FROM ai_calls WHERE workspace_id = ? AND occurred_at >= ? AND occurred_at < ?
				ORDER BY occurred_at LIMIT ?""")
			.params(workspaceId, from.atStartOfDay().atOffset(ZoneOffset.UTC),
					to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), MAX_ROWS)
			.query((rs, row) -> new Row(rs.getString("task"), rs.getString("provider"),
					rs.getObject("occurred_at", OffsetDateTime.class)
						.withOffsetSameInstant(ZoneOffset.UTC)
						.toLocalDate(),
					rs.getLong("latency_ms"), rs.getLong("input_tokens"), rs.getLong("output_tokens"),
					rs.getDouble("cost_usd"), rs.getBoolean("offline"), rs.getBoolean("fallback")))
			.list();
		Map<String, List<Row>> groups = rows.stream()
			.collect(Collectors.groupingBy((row) -> row.task() + "\t" + row.provider(), TreeMap::new,
					Collectors.toList()));
		List<UsageReport.Figures> byGroup = new ArrayList<>();
		groups.forEach((key, group) -> byGroup.add(figures(group.get(0).task(), group.get(0).provider(), group)));
		byGroup.sort(Comparator.comparingLong(UsageReport.Figures::calls).reversed());
		Map<LocalDate, List<Row>> days = rows.stream()
			.collect(Collectors.groupingBy(Row::day, TreeMap::new, Collectors.toList()));
		List<UsageReport.DailyFigures> byDay = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			List<Row> group = days.getOrDefault(day, List.of());
			byDay.add(new UsageReport.DailyFigures(day, group.size(), group.stream().filter(Row::fallback).count(),
					percentile(group, 95), sum(group, (row) -> row.inputTokens() + row.outputTokens()),
					group.stream().mapToDouble(Row::costUsd).sum()));
		}
		return new UsageReport(from, to, figures("*", "*", rows), byGroup, byDay);
	}

	private static UsageReport.Figures figures(String task, String provider, List<Row> rows) {
		long fallbacks = rows.stream().filter(Row::fallback).count();
		return new UsageReport.Figures(task, provider, rows.size(), rows.stream().filter(Row::offline).count(),
				fallbacks, percentile(rows, 50), percentile(rows, 95), sum(rows, Row::inputTokens),
				sum(rows, Row::outputTokens), rows.stream().mapToDouble(Row::costUsd).sum(),
				rows.isEmpty() ? 0 : fallbacks / (double) rows.size());
	}

	/** Nearest-rank percentile of the latencies, 0 for no call. */
	static long percentile(List<Row> rows, int percent) {
		if (rows.isEmpty()) {
			return 0;
		}
		long[] latencies = rows.stream().mapToLong(Row::latencyMs).sorted().toArray();
		int rank = (int) Math.ceil(percent / 100d * latencies.length);
		return latencies[Math.max(0, rank - 1)];
	}

	private static long sum(List<Row> rows, Function<Row, Long> value) {
		return rows.stream().mapToLong(value::apply).sum();
	}

}
