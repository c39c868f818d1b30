package crmcopilot.campaigns.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import crmcopilot.campaigns.CampaignRun;
import crmcopilot.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The brief of a run whose persona was chosen, as HTML and PDF, for the pages and the API
 * alike.
 */
@Component
public class CampaignBriefs {

	private final CampaignRunStore store;

	private final BriefRenderer renderer;

	CampaignBriefs(CampaignRunStore store, BriefRenderer renderer) {
		this.store = store;
		this.renderer = renderer;
	}

	/**
	 * @throws StepMissingException before the persona is chosen
	 */
	public String html(UUID workspaceId, UUID runId, Locale locale) {
		CampaignRun run = this.store.find(workspaceId, runId).orElseThrow(() -> new NotFoundException("campaign run"));
		CampaignRunStore.Finished finished = this.store.finished(workspaceId, runId)
			.orElseThrow(StepMissingException::chooseFirst);
		Analysis analysis = this.store.analysis(workspaceId, runId).orElseThrow(StepMissingException::segmentFirst);
		int chosen = Objects.requireNonNull(run.chosenPersona());
		return this.renderer.html(run.name(), run.brief(), analysis.personas().get(chosen),
				analysis.profiles().get(chosen), run.choiceReason(), finished.dsp(), locale);
	}

	public byte[] pdf(UUID workspaceId, UUID runId, Locale locale) {
		return this.renderer.pdf(html(workspaceId, runId, locale));
	}

}
