package crmcopilot.workspace.internal;

import java.time.Instant;
import java.util.UUID;

import crmcopilot.workspace.Role;
import crmcopilot.workspace.WorkspaceUser;

import org.jspecify.annotations.Nullable;

/** A user row with what sign-in needs (never leaves this package). */
record UserAccount(UUID id, UUID workspaceId, String email, String displayName, @Nullable String passwordHash,
		Role role, boolean enabled, Instant createdAt, @Nullable Instant lastLoginAt) {

	WorkspaceUser toUser() {
		return new WorkspaceUser(this.id, this.workspaceId, this.email, this.displayName, this.role, this.enabled,
				this.createdAt, this.lastLoginAt);
	}

}
