package crmcopilot.ai;

import java.util.Collection;
import java.util.UUID;

/**
 * Names of people a workspace knows (contacts, customers), contributed by other modules
 * so that redaction can mask them.
 */
public interface KnownContactNames {

	Collection<String> names(UUID workspaceId);

}
