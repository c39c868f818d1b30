package crmcopilot.shared.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.shared.Texts;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The transactional outbox: outbound work stored with the business change that causes it
 * (same transaction, so a rollback queues nothing and a commit loses nothing), then
 * delivered by the {@link OutboxDrainer}. Every read is scoped to a workspace.
 */
@Repository
public class Outbox {

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Outbox(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Stores an item, due at once, in the caller's transaction when there is one.
	 * @return the item's id
	 */
	public UUID enqueue(OutboxMessage message) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = at(Instant.now());
		this.jdbc.sql("""
				INSERT INTO outbox (id, workspace_id, kind, target, subject, body, headers, reference_id, status,
				  attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
			.params(id, message.workspaceId(), message.kind(), message.target(), Texts.truncate(message.subject(), 500),
					message.body(), this.json.writeValueAsString(message.headers()), message.referenceId(), now, now)
			.update();
		return id;
	}

	public Optional<OutboxItem> find(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT * FROM outbox WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(this::item)
			.optional();
	}

	/** The items about one business object, newest first. */
	public List<OutboxItem> ofReference(UUID workspaceId, UUID referenceId) {
		return this.jdbc
			.sql("SELECT * FROM outbox WHERE workspace_id = ? AND reference_id = ? ORDER BY created_at DESC, id")
			.params(workspaceId, referenceId)
			.query(this::item)
			.list();
	}

	/**
	 * A page of the workspace's items of the given kinds, newest first.
	 * @param status only items with this status, or null for all
	 */
	public PageResponse<OutboxItem> page(UUID workspaceId, Collection<String> kinds, @Nullable OutboxStatus status,
			PageQuery query) {
		List<Object> params = new ArrayList<>();
		String where = where(workspaceId, kinds, params) + ((status != null) ? " AND status = ?" : "");
		if (status != null) {
			params.add(status.name());
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM outbox " + where).params(params).query(Long.class).single();
		List<OutboxItem> items = this.jdbc
			.sql("SELECT * FROM outbox " + where + " ORDER BY created_at DESC, id LIMIT " + query.size() + " OFFSET "
					+ query.offset())
			.params(params)
			.query(this::item)
			.list();
		return PageResponse.of(items, query, total);
	}

	/** How many of the workspace's items of the given kinds have each status. */
	public Map<OutboxStatus, Long> counts(UUID workspaceId, Collection<String> kinds) {
		Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
		for (OutboxStatus status : OutboxStatus.values()) {
			counts.put(status, 0L);
		}
		List<Object> params = new ArrayList<>();
		this.jdbc.sql("SELECT status, COUNT(*) FROM outbox " + where(workspaceId, kinds, params) + " GROUP BY status")
			.params(params)
			.query((rs, n) -> counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * Puts a failed item back in the queue, due now, with a fresh count of attempts.
	 * @return false when the item is not failed (sent, pending, or of another workspace)
	 */
	public boolean requeue(UUID workspaceId, UUID id) {
		return this.jdbc.sql("""
				UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?
				WHERE workspace_id = ? AND id = ? AND status = 'FAILED'""")
			.params(at(Instant.now()), workspaceId, id)
			.update() == 1;
	}

	/**
	 * Drops the workspace's items of the given kinds that are not sent yet (data that
	 * must not go out, such as a demo's history).
	 * @return how many were dropped
	 */
	public int discardUnsent(UUID workspaceId, Collection<String> kinds) {
		List<Object> params = new ArrayList<>();
		return this.jdbc.sql("DELETE FROM outbox " + where(workspaceId, kinds, params) + " AND status <> 'SENT'")
			.params(params)
			.update();
	}

	// ---- delivery, for the drainer

	List<OutboxItem> due(Collection<String> kinds, Instant now, int limit) {
		if (kinds.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>(kinds);
		params.add(at(now));
		params.add(limit);
		return this.jdbc
			.sql("SELECT * FROM outbox WHERE kind IN (" + marks(kinds.size())
					+ ") AND status = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?")
			.params(params)
			.query(this::item)
			.list();
	}

	/** Takes a pending item for one attempt; false when another node took it first. */
	boolean claim(OutboxItem item, Instant now, Duration lease) {
		return this.jdbc
			.sql("UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING' AND next_attempt_at = ?")
			.params(at(now.plus(lease)), item.id(), at(item.nextAttemptAt()))
			.update() == 1;
	}

	void sent(UUID id, Instant now, @Nullable String providerRef) {
		this.jdbc.sql("""
				UPDATE outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL,
				  provider_ref = ? WHERE id = ?""").params(at(now), Texts.truncate(providerRef, 500), id).update();
	}

	/** Counts a failed attempt: due again after the policy's backoff, or given up. */
	void failed(OutboxItem item, String error, Instant now, RetryPolicy policy, boolean permanent) {
		int attempts = item.attempts() + 1;
		OutboxStatus status = (permanent || attempts >= policy.maxAttempts()) ? OutboxStatus.FAILED
				: OutboxStatus.PENDING;
		this.jdbc.sql("UPDATE outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
			.params(status.name(), attempts, at(now.plus(policy.backoff(attempts))), Texts.truncate(error, 1000),
					item.id())
			.update();
	}

	private static String where(UUID workspaceId, Collection<String> kinds, List<Object> params) {
		if (kinds.isEmpty()) {
			throw new IllegalArgumentException("no kinds of outbox items given");
		}
		params.add(workspaceId);
		params.addAll(kinds);
		return "WHERE workspace_id = ? AND kind IN (" + marks(kinds.size()) + ")";
	}

	private static String marks(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}

	private OutboxItem item(ResultSet rs, int row) throws SQLException {
		String headers = rs.getString("headers");
		return new OutboxItem(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("kind"), rs.getString("target"), rs.getString("subject"), rs.getString("body"),
				(headers != null) ? this.json.readValue(headers, HEADERS) : Map.of(),
				rs.getObject("reference_id", UUID.class), OutboxStatus.valueOf(rs.getString("status")),
				rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
				instant(rs, "created_at"), instantOrNull(rs, "sent_at"), rs.getString("provider_ref"));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
