package crmcopilot.ai.internal;

import java.util.UUID;

/** The provider a workspace uses: its own settings, else the environment's. */
interface ProviderResolver {

	ProviderConfig forWorkspace(UUID workspaceId);

}
