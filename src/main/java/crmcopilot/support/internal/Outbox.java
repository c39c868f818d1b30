package crmcopilot.support.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static crmcopilot.support.internal.SupportStore.at;
import static crmcopilot.support.internal.SupportStore.instant;

/**
 * Outgoing mail and webhook calls, persisted before any attempt so an outage loses
 * nothing; delivered and retried with backoff by {@link OutboxDelivery}.
 */
@Repository
public class Outbox {

	public static final String EMAIL = "EMAIL";

	public static final String WEBHOOK = "WEBHOOK";

	/** An SMS through Twilio's REST API; the target is the phone number. */
	public static final String TWILIO = "TWILIO";

	/** Statuses of an item. */
	public static final List<String> STATUSES = List.of("PENDING", "SENT", "FAILED");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	public Outbox(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * One thing to send.
	 *
	 * @param target an email address or a URL
	 * @param headers mail headers ({@code In-Reply-To}, {@code References},
	 * {@code Message-ID}) or HTTP headers
	 */
	public record Item(UUID id, UUID workspaceId, String kind, String target, @Nullable String subject, String body,
			Map<String, String> headers, @Nullable UUID messageId, String status, int attempts, Instant nextAttemptAt,
			@Nullable String lastError, Instant createdAt, @Nullable Instant sentAt, @Nullable String providerRef) {

		public boolean failed() {
			return "FAILED".equals(this.status);
		}

	}

	public UUID enqueue(UUID workspaceId, String kind, String target, @Nullable String subject, String body,
			Map<String, String> headers, @Nullable UUID messageId) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		this.jdbc.sql(
				"INSERT INTO support_outbox (id, workspace_id, kind, target, subject, body, headers, message_id, status, "
						+ "attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")
			.params(id, workspaceId, kind, target, SupportStore.truncate(subject, 500), body,
					this.json.writeValueAsString(headers), messageId, at(now), at(now))
			.update();
		return id;
	}

	public List<Item> due(Instant now, int limit) {
		return this.jdbc
			.sql("SELECT * FROM support_outbox WHERE status = 'PENDING' AND next_attempt_at <= ? "
					+ "ORDER BY next_attempt_at LIMIT ?")
			.params(at(now), limit)
			.query(this::item)
			.list();
	}

	public List<Item> ofWorkspace(UUID workspaceId) {
		return this.jdbc.sql("SELECT id FROM support_outbox WHERE workspace_id = ? ORDER BY created_at")
			.params(workspaceId)
			.query(UUID.class)
			.list()
			.stream()
			.map((id) -> item(workspaceId, id))
			.toList();
	}

	public Item item(UUID workspaceId, UUID id) {
		return find(workspaceId, id).orElseThrow();
	}

	public Optional<Item> find(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT * FROM support_outbox WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(this::item)
			.optional();
	}

	/**
	 * A page of the workspace's items, newest first.
	 * @param status one of {@link #STATUSES}, or null for all
	 */
	public PageResponse<Item> page(UUID workspaceId, @Nullable String status, PageQuery query) {
		String where = "WHERE workspace_id = ?" + ((status != null) ? " AND status = ?" : "");
		Object[] params = (status != null) ? new Object[] { workspaceId, status } : new Object[] { workspaceId };
		long total = this.jdbc.sql("SELECT COUNT(*) FROM support_outbox " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Item> items = this.jdbc
			.sql("SELECT * FROM support_outbox " + where + " ORDER BY created_at DESC, id LIMIT " + query.size()
					+ " OFFSET " + query.offset())
			.params(params)
			.query(this::item)
			.list();
		return PageResponse.of(items, query, total);
	}

	/** How many items of the workspace have each status. */
	public Map<String, Long> counts(UUID workspaceId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		STATUSES.forEach((status) -> counts.put(status, 0L));
		this.jdbc.sql("SELECT status, COUNT(*) FROM support_outbox WHERE workspace_id = ? GROUP BY status")
			.params(workspaceId)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * Puts a failed item back in the queue, due now, with a fresh count of attempts.
	 * @return false when the item is not failed (sent, pending, or of another workspace)
	 */
	public boolean requeue(UUID workspaceId, UUID id, Instant now) {
		return this.jdbc
			.sql("UPDATE support_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ? "
					+ "WHERE workspace_id = ? AND id = ? AND status = 'FAILED'")
			.params(at(now), workspaceId, id)
			.update() == 1;
	}

	private Item item(ResultSet rs, int row) throws SQLException {
		return new Item(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class), rs.getString("kind"),
				rs.getString("target"), rs.getString("subject"), rs.getString("body"),
				this.json.readValue(rs.getString("headers"), new TypeReference<Map<String, String>>() {
				}), rs.getObject("message_id", UUID.class), rs.getString("status"), rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
				instant(rs, "sent_at"), rs.getString("provider_ref"));
	}

	/** Takes an item for one attempt; false when another node took it first. */
	public boolean claim(Item item, Instant now, Duration lease) {
		return this.jdbc.sql(
				"UPDATE support_outbox SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING' AND next_attempt_at = ?")
			.params(at(now.plus(lease)), item.id(), at(item.nextAttemptAt()))
			.update() == 1;
	}

	public void sent(UUID id, Instant now) {
		sent(id, now, null);
	}

	/**
	 * @param providerRef the provider's id of the sent message (Twilio's sid), if any
	 */
	public void sent(UUID id, Instant now, @Nullable String providerRef) {
		this.jdbc
			.sql("UPDATE support_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL, "
					+ "provider_ref = ? WHERE id = ?")
			.params(at(now), SupportStore.truncate(providerRef, 100), id)
			.update();
	}

	public void failed(Item item, String error, Instant now, int maxAttempts) {
		int attempts = item.attempts() + 1;
		String status = (attempts >= maxAttempts) ? "FAILED" : "PENDING";
		this.jdbc
			.sql("UPDATE support_outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
			.params(status, attempts, at(now.plus(backoff(attempts))), SupportStore.truncate(error, 1000), item.id())
			.update();
	}

	/** 30 s, 1 min, 2 min ... capped at one hour. */
	static Duration backoff(int attempts) {
		long seconds = 30L << Math.min(attempts - 1, 7);
		return Duration.ofSeconds(Math.min(seconds, 3600));
	}

	public long pending(UUID workspaceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM support_outbox WHERE workspace_id = ? AND status = 'PENDING'")
			.params(workspaceId)
			.query(Long.class)
			.single();
	}

}
