package crmcopilot.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Records consents (each change is also journalled) and answers their current state. */
public interface Consents {

	Consent record(UUID workspaceId, String subject, String purpose, boolean granted, String source);

	/** The latest record for this subject and purpose, if any. */
	Optional<Consent> current(UUID workspaceId, String subject, String purpose);

	default boolean isGranted(UUID workspaceId, String subject, String purpose) {
		return current(workspaceId, subject, purpose).map(Consent::granted).orElse(false);
	}

	List<Consent> history(UUID workspaceId, String subject);

}
