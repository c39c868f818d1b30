package crmcopilot.workspace;

/**
 * Roles of a user or API token inside a workspace. Code checks named permissions (see
 * {@link PermissionGrants}), never roles directly.
 */
public enum Role {

	/** Everything inside the workspace, including users, tokens and settings. */
	ADMIN,
	/** Runs the copilots and their settings (prompts, categories, rules). */
	MANAGER,
	/** Operators: support agents, sales reps, marketers. */
	AGENT,
	/** Personal shoppers: their own clients only. */
	SHOPPER,
	/** Read-only. */
	VIEWER,
	/** Platform operators acting across workspaces. */
	OPS

}
