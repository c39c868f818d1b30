package crmcopilot.workspace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read and create workspaces. */
public interface Workspaces {

	Optional<Workspace> find(UUID id);

	Optional<Workspace> findBySlug(String slug);

	List<Workspace> all();

	Workspace create(NewWorkspace request);

	/** The demo workspace, if it has been created. */
	Optional<Workspace> demo();

	/** What a new workspace needs. */
	record NewWorkspace(String slug, String name, String locale, String timeZone, PrivacyLevel privacyLevel,
			boolean demo) {
	}

}
