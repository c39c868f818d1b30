package crmcopilot.ai.internal;

/** Names of the permissions of module {@code ai}. */
public final class AiPermissions {

	/** See AI usage: calls, latency, tokens, cost, fallbacks. */
	public static final String USAGE_VIEW = "ai.usage.view";

	/** Override the workspace's prompts, see their history, try them. */
	public static final String PROMPTS_MANAGE = "ai.prompts.manage";

	/** Choose the workspace's LLM provider and its key. */
	public static final String SETTINGS_MANAGE = "ai.settings.manage";

	private AiPermissions() {
	}

}
