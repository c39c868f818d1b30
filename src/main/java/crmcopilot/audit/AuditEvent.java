package crmcopilot.audit;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a module asks the journal to record. The actor is the current caller unless the
 * event names one (for example {@code system} for a scheduled job, {@code ai} for an
 * automatic decision).
 *
 * @param action dotted name, e.g. {@code support.reply.sent}
 * @param details small map of what changed; serialised as a JSON object
 */
public record AuditEvent(UUID workspaceId, String action, @Nullable String objectType, @Nullable String objectId,
		@Nullable String reason, Map<String, ?> details, @Nullable String actor, @Nullable String actorType) {

	public static AuditEvent of(UUID workspaceId, String action, @Nullable String objectType, @Nullable String objectId,
			@Nullable String reason, Map<String, ?> details) {
		return new AuditEvent(workspaceId, action, objectType, objectId, reason, details, null, null);
	}

	public AuditEvent by(String actor, String actorType) {
		return new AuditEvent(this.workspaceId, this.action, this.objectType, this.objectId, this.reason, this.details,
				actor, actorType);
	}

}
