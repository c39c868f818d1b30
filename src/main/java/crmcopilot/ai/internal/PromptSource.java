package crmcopilot.ai.internal;

import java.util.UUID;

/** Finds the prompt a workspace uses for a task in a language. */
interface PromptSource {

	ResolvedPrompt resolve(UUID workspaceId, String promptId, String lang);

}
