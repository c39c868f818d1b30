package crmcopilot.workspace;

import java.util.Map;
import java.util.UUID;

/**
 * An administrator changed users, tokens or settings; the audit module journals it.
 */
public record AdminActionPerformed(UUID workspaceId, String actor, String actorType, String action, String objectType,
		String objectId, Map<String, ?> details) {
}
