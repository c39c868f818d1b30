package crmcopilot.workspace;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person who signs in to a workspace. */
public record WorkspaceUser(UUID id, UUID workspaceId, String email, String displayName, Role role, boolean enabled,
		Instant createdAt, @Nullable Instant lastLoginAt) {
}
