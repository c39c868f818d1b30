package crmcopilot.support;

import java.util.UUID;

/**
 * Entry point of every channel: stores the message first, then triages and routes it
 * (automatic reply or ticket).
 */
public interface SupportIntake {

	Ingestion ingest(UUID workspaceId, InboundMessage message);

}
