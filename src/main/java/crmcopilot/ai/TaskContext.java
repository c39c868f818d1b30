package crmcopilot.ai;

import java.util.UUID;

/** What an engine knows of the call: whose workspace, which language. */
public record TaskContext(UUID workspaceId, String language) {
}
