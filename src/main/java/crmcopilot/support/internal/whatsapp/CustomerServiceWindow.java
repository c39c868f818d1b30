package crmcopilot.support.internal.whatsapp;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * WhatsApp's customer-service window: a business may send free-form messages for 24 hours
 * after the customer's last message; outside it, only an approved template.
 */
@Component
public class CustomerServiceWindow {

	/** How long after the customer's last message free-form replies are accepted. */
	public static final Duration LENGTH = Duration.ofHours(24);

	private final JdbcClient jdbc;

	CustomerServiceWindow(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** When the customer last wrote on the thread, if ever. */
	public Optional<Instant> lastCustomerMessage(UUID workspaceId, UUID threadId) {
		return this.jdbc
			.sql("SELECT MAX(received_at) FROM support_message WHERE workspace_id = ? AND thread_id = ? "
					+ "AND direction = 'in'")
			.params(workspaceId, threadId)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
			.single()
			.map(OffsetDateTime::toInstant);
	}

	/** Whether a free-form message may be sent on the thread at the given instant. */
	public boolean open(UUID workspaceId, UUID threadId, Instant now) {
		return lastCustomerMessage(workspaceId, threadId).map((last) -> now.isBefore(last.plus(LENGTH))).orElse(false);
	}

	Optional<UUID> threadOfMessage(UUID workspaceId, UUID messageId) {
		return this.jdbc.sql("SELECT thread_id FROM support_message WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, messageId)
			.query(UUID.class)
			.optional();
	}

}
