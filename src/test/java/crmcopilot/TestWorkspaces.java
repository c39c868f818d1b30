package crmcopilot;

import java.util.Set;
import java.util.UUID;

import crmcopilot.workspace.Caller;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUser;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;

/**
 * Fresh workspaces and users for integration tests, which share one database: random
 * slugs and emails so tests never collide.
 */
public final class TestWorkspaces {

	public static final String PASSWORD = "correct-horse-42";

	private TestWorkspaces() {
	}

	public static Workspace create(Workspaces workspaces, String name) {
		String slug = "t-" + UUID.randomUUID().toString().substring(0, 12);
		return workspaces
			.create(new Workspaces.NewWorkspace(slug, name, "fr", "Europe/Paris", PrivacyLevel.PRIVATE, false));
	}

	public static String email(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
	}

	/** A user who signs in with {@link #PASSWORD}. */
	public static WorkspaceUser user(WorkspaceUsers users, Workspace workspace, Role role) {
		return users.create(workspace.id(), email(role.name().toLowerCase()), role.name() + " of " + workspace.name(),
				role, PASSWORD);
	}

	/** Acting as an administrator of the workspace, as the admin pages do. */
	public static Caller admin(Workspace workspace, Set<String> permissions) {
		return new Caller(workspace.id(), workspace.name(), null, UUID.randomUUID(), "test-fixture", null, Role.ADMIN,
				permissions);
	}

}
