package crmcopilot.campaigns;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;

/**
 * Campaign runs of a workspace through the nine steps: objectives, CRM connection,
 * enrichment, segmentation, visualisations, personas, the human choice, summary and DSP
 * instructions. Nothing after step 7 runs before a human chose one persona.
 */
public interface CampaignRuns {

	/** Step 1: pre-fills the structured fields from the brief (AI task). */
	CampaignBrief prefill(UUID workspaceId, String briefText, @Nullable String client, @Nullable String business);

	/** The workspace's remembered business context: client and business. */
	Memory memory(UUID workspaceId);

	/** Step 1 confirmed: creates the run and remembers the business context. */
	CampaignRun create(UUID workspaceId, String actor, String name, CampaignBrief brief, String language);

	Optional<CampaignRun> find(UUID workspaceId, UUID runId);

	PageResponse<CampaignRun> list(UUID workspaceId, PageQuery page);

	/** Step 2 with a saved source (the demo tables, a JDBC table). */
	CampaignRun connect(UUID workspaceId, UUID runId, UUID sourceId);

	/** Step 2 with a CSV/TSV upload (kept with the run so steps can be re-run). */
	CampaignRun upload(UUID workspaceId, UUID runId, String filename, byte[] content);

	/** Steps 3 to 6 with this mapping and these k-means settings. */
	default CampaignRun analyse(UUID workspaceId, UUID runId, ColumnMapping mapping, int k, int nInit, long seed,
			boolean suggestK) {
		return analyse(workspaceId, runId, mapping, SegmentationMethod.KMEANS, k, nInit, seed, suggestK);
	}

	/**
	 * Steps 3 to 6 with this mapping and segmentation method; {@code k} is the number of
	 * k-means segments (RFM finds its own named groups).
	 */
	CampaignRun analyse(UUID workspaceId, UUID runId, ColumnMapping mapping, SegmentationMethod method, int k,
			int nInit, long seed, boolean suggestK);

	/** Re-runs from a step (3..9) with the stored inputs; later steps are recomputed. */
	CampaignRun rerunFrom(UUID workspaceId, UUID runId, int step);

	/**
	 * Step 7: the human choice of exactly one persona, journalled with the alternatives
	 * and the reason; then steps 8 and 9 run.
	 */
	CampaignRun choose(UUID workspaceId, UUID runId, int persona, String reason, String actor);

	/**
	 * @param client who the campaigns are for
	 * @param business what the client sells
	 * @param pastCampaigns names of the last campaigns
	 */
	record Memory(@Nullable String client, @Nullable String business, List<String> pastCampaigns) {
	}

}
