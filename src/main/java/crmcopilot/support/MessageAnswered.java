package crmcopilot.support;

import java.util.UUID;

/**
 * A reply to a customer was queued for sending.
 *
 * @param automatic answered by the copilot without a human
 */
public record MessageAnswered(UUID workspaceId, UUID messageId, boolean automatic) {
}
