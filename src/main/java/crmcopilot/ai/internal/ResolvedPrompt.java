package crmcopilot.ai.internal;

/**
 * The prompt a call uses.
 *
 * @param source {@code file} (shipped with the product), {@code workspace} (a manager's
 * override) or {@code builtin} (no prompt file: the generic prompt)
 */
public record ResolvedPrompt(String id, String lang, int version, String source, String body) {

	public static final String FILE = "file";

	public static final String WORKSPACE = "workspace";

	public static final String BUILTIN = "builtin";

}
