package crmcopilot.workspace;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is calling: a signed-in user or an API token, always inside exactly one workspace.
 * Controllers receive it as a method parameter; services scope every query with
 * {@link #workspaceId()}.
 *
 * @param userId the user, or {@code null} for an API token
 * @param tokenId the API token, or {@code null} for a user session
 * @param name display name (the token's name for a token)
 * @param email the user's email, or {@code null} for a token
 */
public record Caller(UUID workspaceId, String workspaceName, @Nullable UUID userId, @Nullable UUID tokenId, String name,
		@Nullable String email, Role role, Set<String> permissions) {

	public boolean can(String permission) {
		return this.permissions.contains(permission);
	}

	/** The identity written to the audit journal. */
	public String actor() {
		return (this.email != null) ? this.email : "token:" + this.name;
	}

	public boolean isToken() {
		return this.tokenId != null;
	}

}
