package crmcopilot.workspace;

import java.util.UUID;

/**
 * A workspace was created. For the demo workspace ({@code demo == true}) every module
 * adds its demo data when it receives this event.
 */
public record WorkspaceCreated(UUID workspaceId, boolean demo) {
}
