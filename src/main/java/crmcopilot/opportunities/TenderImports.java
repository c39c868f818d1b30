package crmcopilot.opportunities;

import java.util.List;
import java.util.UUID;

/**
 * Public tenders (marchespublics.sn listings and detail pages) turned into draft
 * opportunities, each tender once (its {@code key} is its stable id).
 */
public interface TenderImports {

	/**
	 * Imports the saved sample pages shipped with the application (demo and offline use).
	 */
	Report importSamplePages(UUID workspaceId, String actor);

	/**
	 * @param imported new drafts
	 * @param alreadyKnown tenders imported before, skipped
	 * @param problems rows or pages that could not be read completely, and why
	 */
	record Report(int imported, int alreadyKnown, List<String> problems) {
	}

}
