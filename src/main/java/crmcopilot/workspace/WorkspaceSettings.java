package crmcopilot.workspace;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Per-workspace key/value settings that modules own under their own prefix (for example
 * {@code support.auto-threshold}). Secret values go through {@link SecretCipher} first.
 */
public interface WorkspaceSettings {

	Optional<String> get(UUID workspaceId, String key);

	Map<String, String> withPrefix(UUID workspaceId, String prefix);

	void put(UUID workspaceId, String key, String value);

	void remove(UUID workspaceId, String key);

}
