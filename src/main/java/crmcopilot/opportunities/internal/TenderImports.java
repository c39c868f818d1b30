package crmcopilot.opportunities.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;

import org.jspecify.annotations.Nullable;

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
	 * Starts a resumable crawl of the listing pages (and their detail pages) as a
	 * background job; progress is recorded after every tender, so a restart resumes.
	 * @param startUrl the first listing page; the configured site when null
	 */
	Crawl startCrawl(UUID workspaceId, String actor, @Nullable String startUrl);

	Optional<Crawl> crawl(UUID workspaceId, UUID id);

	List<Crawl> crawls(UUID workspaceId, int limit);

	/** Tenders read so far, newest first. */
	PageResponse<Tender> tenders(UUID workspaceId, PageQuery page);

	/**
	 * @param imported new drafts
	 * @param alreadyKnown tenders imported before, skipped
	 * @param problems rows or pages that could not be read completely, and why
	 */
	record Report(int imported, int alreadyKnown, List<TenderProblem> problems) {
	}

	/**
	 * @param status RUNNING, RETRYING (waiting after a network failure), DONE or FAILED
	 * @param nextUrl the listing page to read next (where a restart resumes)
	 */
	record Crawl(UUID id, String startUrl, @Nullable String nextUrl, String status, int pagesRead, int imported,
			int alreadyKnown, List<TenderProblem> problems, int attempts, @Nullable String lastError, String createdBy,
			Instant createdAt, Instant updatedAt) {
	}

	record Tender(String key, String reference, @Nullable String object, @Nullable String authority,
			@Nullable LocalDate published, @Nullable LocalDate deadline, @Nullable String detailUrl,
			@Nullable UUID draftId, Instant importedAt) {
	}

}
