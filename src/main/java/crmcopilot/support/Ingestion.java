package crmcopilot.support;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What became of an incoming message.
 *
 * @param duplicate the same external id was already stored: nothing new was done
 * @param ticketId the ticket the message was escalated to, if any
 */
public record Ingestion(SupportMessage message, boolean duplicate, @Nullable UUID ticketId) {

}
