package crmcopilot.workspace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Users of a workspace; every method is scoped by the workspace id. */
public interface WorkspaceUsers {

	List<WorkspaceUser> list(UUID workspaceId);

	Optional<WorkspaceUser> find(UUID workspaceId, UUID userId);

	/**
	 * Creates a user. A {@code null} password makes an account that can sign in only by
	 * single sign-on.
	 * @throws IllegalArgumentException when the email is taken or the password too short
	 */
	WorkspaceUser create(UUID workspaceId, String email, String displayName, Role role, @Nullable String password);

}
