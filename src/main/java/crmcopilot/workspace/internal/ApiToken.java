package crmcopilot.workspace.internal;

import java.time.Instant;
import java.util.UUID;

import crmcopilot.workspace.Role;

import org.jspecify.annotations.Nullable;

/** An API token as stored: only the hash of its value is kept. */
record ApiToken(UUID id, UUID workspaceId, String name, String tokenHint, Role role, String createdBy,
		Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant expiresAt, @Nullable Instant revokedAt) {

	boolean usableAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
	}

}
