package crmcopilot.support.internal.whatsapp;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where each reply sent on WhatsApp stands, by its WhatsApp message id ({@code wamid}):
 * accepted by the Cloud API, then sent, delivered and read as the status webhooks say, or
 * failed. Meta does not promise the order of statuses, so a later stage is never replaced
 * by an earlier one.
 */
@Repository
public class WhatsAppDeliveries {

	static final List<String> STAGES = List.of("accepted", "sent", "delivered", "read", "failed");

	private final JdbcClient jdbc;

	WhatsAppDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stage of a reply, and Meta's reason when it failed. */
	public record Delivery(String status, @Nullable String error) {
	}

	void accepted(UUID workspaceId, UUID replyId, String wamid, Instant now) {
		this.jdbc.sql("""
				INSERT INTO support_whatsapp_delivery (workspace_id, wamid, reply_id, status, updated_at)
				VALUES (?, ?, ?, 'accepted', ?)""")
			.params(workspaceId, Texts.truncate(wamid, 200), replyId, now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Records a status from the webhook.
	 * @return false for an unknown message, an unknown status or an earlier stage
	 */
	boolean update(UUID workspaceId, String wamid, String status, @Nullable String error, Instant now) {
		int stage = STAGES.indexOf(status);
		Optional<String> current = this.jdbc
			.sql("SELECT status FROM support_whatsapp_delivery WHERE workspace_id = ? AND wamid = ?")
			.params(workspaceId, wamid)
			.query(String.class)
			.optional();
		if (stage < 1 || current.isEmpty() || STAGES.indexOf(current.get()) >= stage) {
			return false;
		}
		return this.jdbc.sql("""
				UPDATE support_whatsapp_delivery SET status = ?, error = ?, updated_at = ?
				WHERE workspace_id = ? AND wamid = ?""")
			.params(status, Texts.truncate(error, 1000), now.atOffset(ZoneOffset.UTC), workspaceId, wamid)
			.update() == 1;
	}

	/** The deliveries of a thread's replies, by reply id. */
	public Map<UUID, Delivery> ofThread(UUID workspaceId, UUID threadId) {
		Map<UUID, Delivery> deliveries = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT d.reply_id, d.status, d.error FROM support_whatsapp_delivery d
				JOIN support_message m ON m.id = d.reply_id AND m.workspace_id = d.workspace_id
				WHERE d.workspace_id = ? AND m.thread_id = ? ORDER BY d.updated_at""")
			.params(workspaceId, threadId)
			.query((rs, n) -> deliveries.put(rs.getObject(1, UUID.class),
					new Delivery(rs.getString(2), rs.getString(3))))
			.list();
		return deliveries;
	}

}
