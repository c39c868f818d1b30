package crmcopilot.support.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import crmcopilot.support.TriageAction;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import static crmcopilot.support.internal.SupportStore.at;
import static crmcopilot.support.internal.SupportStore.instant;

/**
 * The dashboard's figures over a date range (days in the workspace's time zone).
 */
@Service
public class SupportKpis {

	private final JdbcClient jdbc;

	private final TicketStore tickets;

	private final WorkspaceSupportConfig config;

	private final java.time.Clock clock;

	@org.springframework.beans.factory.annotation.Autowired
	SupportKpis(JdbcClient jdbc, TicketStore tickets, WorkspaceSupportConfig config,
			org.springframework.beans.factory.ObjectProvider<java.time.Clock> clock) {
		this(jdbc, tickets, config, clock.getIfAvailable(java.time.Clock::systemUTC));
	}

	SupportKpis(JdbcClient jdbc, TicketStore tickets, WorkspaceSupportConfig config, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.config = config;
		this.clock = clock;
	}

	/**
	 * Today in the workspace's time zone, the last day of a default range: the server's
	 * own date is yesterday's in Paris between 23:00 and midnight UTC.
	 */
	public LocalDate today(UUID workspaceId) {
		return LocalDate.now(this.clock.withZone(this.config.workspace(workspaceId).timeZone()));
	}

	/**
	 * The figures.
	 *
	 * @param autoShare share of triaged messages answered automatically, 0..1
	 * @param averageHandlingMinutes received → first answer, answered messages only
	 * @param aiAccuracy share of reviewed messages whose category and priority were not
	 * corrected, or null when nothing was reviewed
	 * @param timeSavedMinutes automatic answers no agent corrected × minutes per message
	 */
	public record Kpis(LocalDate from, LocalDate to, long messages, long auto, long escalade, double autoShare,
			double escaladeShare, @Nullable Double averageHandlingMinutes, @Nullable Double p90HandlingMinutes,
			long slaBreaches, long backlog, long reviewed, long corrected, @Nullable Double aiAccuracy,
			int minutesPerMessage, long timeSavedMinutes, List<DayCount> byDayAndChannel,
			List<DayCount> byDayAndCategory, Map<String, Long> byCategory, Map<String, Long> byChannel) {
	}

	/**
	 * Messages received on one day for one channel or category.
	 */
	public record DayCount(LocalDate day, String key, long count) {
	}

	private record Row(UUID id, Instant receivedAt, String channel, @Nullable String categorie, @Nullable String action,
			@Nullable Instant answeredAt) {
	}

	public Kpis compute(UUID workspaceId, LocalDate from, LocalDate to) {
		ZoneId zone = this.config.workspace(workspaceId).timeZone();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<Row> rows = this.jdbc
			.sql("SELECT id, received_at, channel, categorie, action, answered_at FROM support_message "
					+ "WHERE workspace_id = ? AND direction = 'in' AND received_at >= ? AND received_at < ?")
			.params(workspaceId, at(start), at(end))
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), instant(rs, "received_at"),
					rs.getString("channel"), rs.getString("categorie"), rs.getString("action"),
					instant(rs, "answered_at")))
			.list();
		long auto = rows.stream().filter((row) -> TriageAction.AUTO.code().equals(row.action())).count();
		long escalade = rows.stream().filter((row) -> TriageAction.ESCALATE.code().equals(row.action())).count();
		long triaged = auto + escalade;
		List<Long> handling = new ArrayList<>();
		Map<LocalDate, Map<String, Long>> dayChannel = new TreeMap<>();
		Map<LocalDate, Map<String, Long>> dayCategory = new TreeMap<>();
		Map<String, Long> byCategory = new TreeMap<>();
		Map<String, Long> byChannel = new TreeMap<>();
		for (Row row : rows) {
			LocalDate day = row.receivedAt().atZone(zone).toLocalDate();
			String categorie = (row.categorie() != null) ? row.categorie() : "?";
			dayChannel.computeIfAbsent(day, (d) -> new TreeMap<>()).merge(row.channel(), 1L, Long::sum);
			dayCategory.computeIfAbsent(day, (d) -> new TreeMap<>()).merge(categorie, 1L, Long::sum);
			byCategory.merge(categorie, 1L, Long::sum);
			byChannel.merge(row.channel(), 1L, Long::sum);
			if (row.answeredAt() != null) {
				handling.add(Math.max(0, Duration.between(row.receivedAt(), row.answeredAt()).toSeconds()));
			}
		}
		handling.sort(Long::compare);
		Double average = handling.isEmpty() ? null
				: round(handling.stream().mapToLong(Long::longValue).average().orElse(0) / 60.0);
		Double p90 = handling.isEmpty() ? null : round(handling.get((int) Math.ceil(0.9 * handling.size()) - 1) / 60.0);
		Instant now = Instant.now();
		List<Ticket> inRange = this.tickets.between(workspaceId, start, end);
		long breaches = inRange.stream().filter((ticket) -> ticket.slaBreached(now)).count();
		Set<UUID> corrected = new HashSet<>(this.jdbc
			.sql("SELECT DISTINCT c.message_id FROM support_correction c JOIN support_message m "
					+ "ON m.id = c.message_id AND m.workspace_id = c.workspace_id WHERE c.workspace_id = ? "
					+ "AND c.field IN ('categorie', 'priorite', 'reponse') AND m.received_at >= ? AND m.received_at < ?")
			.params(workspaceId, at(start), at(end))
			.query(UUID.class)
			.list());
		Set<UUID> reviewed = new HashSet<>(corrected);
		inRange.stream()
			.filter((ticket) -> ticket.status() != TicketStatus.AUTO)
			.filter((ticket) -> ticket.firstResponseAt() != null || !ticket.open())
			.forEach((ticket) -> reviewed.add(ticket.messageId()));
		Double accuracy = reviewed.isEmpty() ? null : round(1.0 - corrected.size() / (double) reviewed.size());
		int minutes = this.config.minutesPerMessage(workspaceId);
		return new Kpis(from, to, rows.size(), auto, escalade, share(auto, triaged), share(escalade, triaged), average,
				p90, breaches, this.tickets.backlog(workspaceId), reviewed.size(), corrected.size(), accuracy, minutes,
				TimeSaved.minutes(this.jdbc, workspaceId, start, end, minutes), flatten(dayChannel),
				flatten(dayCategory), byCategory, byChannel);
	}

	private static List<DayCount> flatten(Map<LocalDate, Map<String, Long>> counts) {
		List<DayCount> list = new ArrayList<>();
		counts.forEach((day, byKey) -> byKey.forEach((key, count) -> list.add(new DayCount(day, key, count))));
		return list;
	}

	private static double share(long part, long total) {
		return (total == 0) ? 0 : round(part / (double) total);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
