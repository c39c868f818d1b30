package crmcopilot.support.internal;

import java.util.UUID;

/**
 * An agent marked a ticket solved.
 *
 * @param actor who did
 */
public record TicketSolved(UUID workspaceId, UUID ticketId, String actor) {
}
