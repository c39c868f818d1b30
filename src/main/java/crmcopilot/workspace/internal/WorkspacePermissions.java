package crmcopilot.workspace.internal;

/** Names of the permissions of module {@code workspace}. */
public final class WorkspacePermissions {

	/** See the workspace and its dashboard. */
	public static final String VIEW = "workspace.view";

	/** Create, change and disable users. */
	public static final String USERS_MANAGE = "workspace.users.manage";

	/** Create and revoke API tokens. */
	public static final String TOKENS_MANAGE = "workspace.tokens.manage";

	/** Change the workspace's settings. */
	public static final String SETTINGS_MANAGE = "workspace.settings.manage";

	/** Create merchants' workspaces (operators of the platform). */
	public static final String WORKSPACES_CREATE = "workspace.workspaces.create";

	private WorkspacePermissions() {
	}

}
