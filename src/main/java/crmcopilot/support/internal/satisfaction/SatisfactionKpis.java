package crmcopilot.support.internal.satisfaction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import crmcopilot.support.internal.WorkspaceSupportConfig;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Customer satisfaction over a date range (answers given on those days, in the
 * workspace's time zone): the average rating and the CSAT (share of 4 and 5), overall, by
 * category, and for automatic against human answers.
 */
@Service
public class SatisfactionKpis {

	private final JdbcClient jdbc;

	private final WorkspaceSupportConfig config;

	SatisfactionKpis(JdbcClient jdbc, WorkspaceSupportConfig config) {
		this.jdbc = jdbc;
		this.config = config;
	}

	/**
	 * The ratings of a group of answers.
	 *
	 * @param average mean rating, 1..5, or null without answers
	 * @param csat share of ratings of 4 or 5, 0..1, or null without answers
	 */
	public record Score(long answers, @Nullable Double average, @Nullable Double csat) {

		static Score of(List<Integer> scores) {
			if (scores.isEmpty()) {
				return new Score(0, null, null);
			}
			double average = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
			long satisfied = scores.stream().filter((score) -> score >= 4).count();
			return new Score(scores.size(), round(average), round(satisfied / (double) scores.size()));
		}

	}

	/**
	 * @param invited surveys sent in the range
	 */
	public record Satisfaction(long invited, Score overall, Score automatic, Score human,
			Map<String, Score> byCategory) {
	}

	private record Answer(int score, @Nullable String categorie, boolean automatic) {
	}

	public Satisfaction compute(UUID workspaceId, LocalDate from, LocalDate to) {
		ZoneId zone = this.config.workspace(workspaceId).timeZone();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<Answer> answers = this.jdbc.sql("""
				SELECT score, categorie, automatic FROM support_rating WHERE workspace_id = ? AND score IS NOT NULL
				AND answered_at >= ? AND answered_at < ?""")
			.params(workspaceId, start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new Answer(rs.getInt(1), rs.getString(2), rs.getBoolean(3)))
			.list();
		long invited = this.jdbc
			.sql("SELECT COUNT(*) FROM support_rating WHERE workspace_id = ? AND created_at >= ? AND created_at < ?")
			.params(workspaceId, start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		Map<String, List<Integer>> byCategory = new TreeMap<>();
		List<Integer> automatic = new ArrayList<>();
		List<Integer> human = new ArrayList<>();
		for (Answer answer : answers) {
			byCategory
				.computeIfAbsent((answer.categorie() != null) ? answer.categorie() : "?", (c) -> new ArrayList<>())
				.add(answer.score());
			(answer.automatic() ? automatic : human).add(answer.score());
		}
		Map<String, Score> scores = new TreeMap<>();
		byCategory.forEach((category, list) -> scores.put(category, Score.of(list)));
		return new Satisfaction(invited, Score.of(answers.stream().map(Answer::score).toList()), Score.of(automatic),
				Score.of(human), scores);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
