package crmcopilot.support.internal;

import java.time.Instant;
import java.util.UUID;

import crmcopilot.support.TriageAction;

import org.springframework.jdbc.core.simple.JdbcClient;

import static crmcopilot.support.internal.SupportStore.at;

/**
 * The time the copilot saved: an automatic answer counts only when no agent corrected it
 * afterwards (a corrected answer cost a person the time anyway).
 */
final class TimeSaved {

	private TimeSaved() {
	}

	/**
	 * Minutes saved on the messages received in {@code [start, end)}: automatic answers
	 * without any correction, times the minutes a person spends on one message.
	 */
	static long minutes(JdbcClient jdbc, UUID workspaceId, Instant start, Instant end, int minutesPerMessage) {
		long uncorrected = jdbc.sql("""
				SELECT COUNT(*) FROM support_message m WHERE m.workspace_id = ? AND m.direction = 'in'
				AND m.action = ? AND m.received_at >= ? AND m.received_at < ? AND NOT EXISTS (
				  SELECT 1 FROM support_correction c WHERE c.workspace_id = m.workspace_id AND c.message_id = m.id)""")
			.params(workspaceId, TriageAction.AUTO.code(), at(start), at(end))
			.query(Long.class)
			.single();
		return uncorrected * minutesPerMessage;
	}

}
