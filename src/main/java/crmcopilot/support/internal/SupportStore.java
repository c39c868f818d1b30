package crmcopilot.support.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.support.SupportMessage;
import crmcopilot.support.TriageResult;
import crmcopilot.shared.Texts;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Threads and messages; every query is scoped by the workspace. */
@Repository
public class SupportStore {

	private static final String MESSAGE_COLUMNS = "id, workspace_id, thread_id, direction, channel, sender, subject, body, "
			+ "language, external_id, received_at, author, triage, answered_at";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	public SupportStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static @Nullable OffsetDateTime atOrNull(@Nullable Instant instant) {
		return (instant != null) ? at(instant) : null;
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	// ---- threads

	public Optional<UUID> threadOfExternalIds(UUID workspaceId, List<String> externalIds) {
		for (String externalId : externalIds) {
			Optional<UUID> thread = this.jdbc
				.sql("SELECT thread_id FROM support_message WHERE workspace_id = ? AND external_id = ?")
				.params(workspaceId, externalId)
				.query(UUID.class)
				.optional();
			if (thread.isPresent()) {
				return thread;
			}
		}
		return Optional.empty();
	}

	public Optional<UUID> recentThread(UUID workspaceId, String channel, String customer, Instant since) {
		return this.jdbc
			.sql("SELECT id FROM support_thread WHERE workspace_id = ? AND channel = ? AND customer = ? "
					+ "AND last_message_at >= ? ORDER BY last_message_at DESC LIMIT 1")
			.params(workspaceId, channel, customer, at(since))
			.query(UUID.class)
			.optional();
	}

	public UUID createThread(UUID workspaceId, String channel, String customer, @Nullable String subject,
			@Nullable String callbackUrl, Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO support_thread (id, workspace_id, channel, customer, subject, callback_url, created_at, "
					+ "last_message_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, workspaceId, channel, customer, Texts.truncate(subject, 500), callbackUrl, at(at), at(at))
			.update();
		return id;
	}

	public void touchThread(UUID workspaceId, UUID threadId, Instant at, @Nullable String callbackUrl) {
		this.jdbc
			.sql("UPDATE support_thread SET last_message_at = ?, callback_url = COALESCE(?, callback_url) "
					+ "WHERE workspace_id = ? AND id = ?")
			.params(at(at), callbackUrl, workspaceId, threadId)
			.update();
	}

	public Optional<ThreadInfo> thread(UUID workspaceId, UUID threadId) {
		return this.jdbc.sql(
				"SELECT id, channel, customer, subject, callback_url FROM support_thread WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, threadId)
			.query((rs, n) -> new ThreadInfo(rs.getObject("id", UUID.class), rs.getString("channel"),
					rs.getString("customer"), rs.getString("subject"), rs.getString("callback_url")))
			.optional();
	}

	/**
	 * A conversation with one customer on one channel.
	 */
	public record ThreadInfo(UUID id, String channel, String customer, @Nullable String subject,
			@Nullable String callbackUrl) {
	}

	// ---- messages

	public record NewMessage(UUID workspaceId, UUID threadId, String direction, String channel, String sender,
			@Nullable String subject, String text, @Nullable String rawBody, String language,
			@Nullable String externalId, @Nullable String inReplyTo, Instant receivedAt, Map<String, String> metadata,
			List<?> attachments, @Nullable String author) {
	}

	public UUID insertMessage(NewMessage message) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO support_message (id, workspace_id, thread_id, direction, channel, sender, subject, body, "
					+ "raw_body, language, external_id, in_reply_to, received_at, metadata, attachments, author, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, message.workspaceId(), message.threadId(), message.direction(), message.channel(),
					Texts.truncate(message.sender(), 320), Texts.truncate(message.subject(), 500), message.text(),
					message.rawBody(), message.language(), message.externalId(),
					Texts.truncate(message.inReplyTo(), 500), at(message.receivedAt()),
					this.json.writeValueAsString(message.metadata()),
					this.json.writeValueAsString(message.attachments()), message.author(), at(Instant.now()))
			.update();
		return id;
	}

	public Optional<SupportMessage> messageByExternalId(UUID workspaceId, String externalId) {
		return this.jdbc
			.sql("SELECT " + MESSAGE_COLUMNS + " FROM support_message WHERE workspace_id = ? AND external_id = ?")
			.params(workspaceId, externalId)
			.query(this::message)
			.optional();
	}

	public Optional<SupportMessage> message(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT " + MESSAGE_COLUMNS + " FROM support_message WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(this::message)
			.optional();
	}

	public Map<String, String> metadata(UUID workspaceId, UUID id) {
		String raw = this.jdbc.sql("SELECT metadata FROM support_message WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(String.class)
			.optional()
			.orElse(null);
		if (raw == null) {
			return Map.of();
		}
		@SuppressWarnings("unchecked")
		Map<String, String> map = this.json.readValue(raw, Map.class);
		return map;
	}

	public List<SupportMessage> threadMessages(UUID workspaceId, UUID threadId) {
		return this.jdbc
			.sql("SELECT " + MESSAGE_COLUMNS
					+ " FROM support_message WHERE workspace_id = ? AND thread_id = ? ORDER BY received_at, created_at")
			.params(workspaceId, threadId)
			.query(this::message)
			.list();
	}

	/** Whether the thread holds an earlier incoming message still without an answer. */
	public boolean hasUnansweredBefore(UUID workspaceId, UUID threadId, UUID messageId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM support_message WHERE workspace_id = ? AND thread_id = ? AND id <> ? "
					+ "AND direction = 'in' AND answered_at IS NULL")
			.params(workspaceId, threadId, messageId)
			.query(Long.class)
			.single() > 0;
	}

	public void saveTriage(UUID workspaceId, UUID messageId, TriageResult triage, String engine) {
		this.jdbc
			.sql("UPDATE support_message SET categorie = ?, priorite = ?, action = ?, confidence = ?, triage = ?, "
					+ "triage_engine = ?, triaged_at = ? WHERE workspace_id = ? AND id = ?")
			.params(triage.categorie(), triage.priorite().label(), triage.action().code(), triage.globalConfidence(),
					this.json.writeValueAsString(triage), engine, at(Instant.now()), workspaceId, messageId)
			.update();
	}

	public void markThreadAnswered(UUID workspaceId, UUID threadId, Instant at) {
		this.jdbc
			.sql("UPDATE support_message SET answered_at = ? WHERE workspace_id = ? AND thread_id = ? "
					+ "AND direction = 'in' AND answered_at IS NULL AND received_at <= ?")
			.params(at(at), workspaceId, threadId, at(at))
			.update();
	}

	/** Incoming messages stored but never triaged (a crash between the two steps). */
	public List<MessageRef> untriaged(Instant before, int limit) {
		return this.jdbc
			.sql("SELECT workspace_id, id FROM support_message WHERE direction = 'in' AND triaged_at IS NULL "
					+ "AND created_at < ? ORDER BY created_at LIMIT ?")
			.params(at(before), limit)
			.query((rs, n) -> new MessageRef(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class)))
			.list();
	}

	/**
	 * Identifies one message.
	 */
	public record MessageRef(UUID workspaceId, UUID messageId) {
	}

	private SupportMessage message(ResultSet rs, int row) throws SQLException {
		String triage = rs.getString("triage");
		return new SupportMessage(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getObject("thread_id", UUID.class), rs.getString("direction"), rs.getString("channel"),
				rs.getString("sender"), rs.getString("subject"), rs.getString("body"), rs.getString("language"),
				rs.getString("external_id"), instant(rs, "received_at"), rs.getString("author"),
				(triage != null) ? this.json.readValue(triage, TriageResult.class) : null, instant(rs, "answered_at"));
	}

	public List<String> externalIdsOfThread(UUID workspaceId, UUID threadId) {
		return new ArrayList<>(this.jdbc
			.sql("SELECT external_id FROM support_message WHERE workspace_id = ? AND thread_id = ? "
					+ "AND external_id IS NOT NULL ORDER BY received_at")
			.params(workspaceId, threadId)
			.query(String.class)
			.list());
	}

}
