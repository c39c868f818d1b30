package crmcopilot.support;

import java.util.UUID;

/** A message could not be answered automatically and is now on a ticket. */
public record MessageEscalated(UUID workspaceId, UUID messageId, UUID ticketId) {
}
