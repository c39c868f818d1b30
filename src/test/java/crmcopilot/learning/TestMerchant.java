package crmcopilot.learning;

import java.util.UUID;

import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;

/** A fresh workspace with one signed-in user of the given role. */
record TestMerchant(Workspace workspace, WebSession manager) {

	static final String PASSWORD = "mot-de-passe-solide-42";

	static TestMerchant create(int port, Workspaces workspaces, WorkspaceUsers users, Role role) throws Exception {
		String slug = "learn-" + UUID.randomUUID().toString().substring(0, 8);
		Workspace workspace = workspaces.create(new Workspaces.NewWorkspace(slug, "Boutique " + slug, "fr",
				"Europe/Paris", PrivacyLevel.PRIVATE, false));
		String email = role.name().toLowerCase() + "@" + slug + ".test";
		users.create(workspace.id(), email, "Test " + role, role, PASSWORD);
		return new TestMerchant(workspace, WebSession.login(port, email, PASSWORD));
	}

}
