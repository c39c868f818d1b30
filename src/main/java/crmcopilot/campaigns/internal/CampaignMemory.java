package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.CampaignRuns.Memory;
import crmcopilot.workspace.WorkspaceSettings;

import org.springframework.stereotype.Component;

/**
 * The business context a workspace's briefs share (client, business, the last campaign
 * names), kept in the workspace settings.
 */
@Component
class CampaignMemory {

	private static final String PREFIX = "campaigns.memory.";

	private static final int PAST_CAMPAIGNS = 5;

	private final WorkspaceSettings settings;

	CampaignMemory(WorkspaceSettings settings) {
		this.settings = settings;
	}

	Memory read(UUID workspaceId) {
		Map<String, String> values = this.settings.withPrefix(workspaceId, PREFIX);
		String past = values.get(PREFIX + "past");
		return new Memory(values.get(PREFIX + "client"), values.get(PREFIX + "business"),
				(past == null || past.isBlank()) ? List.of() : List.of(past.split("\n")));
	}

	void remember(UUID workspaceId, CampaignBrief brief, String runName) {
		if (brief.client() != null && !brief.client().isBlank()) {
			this.settings.put(workspaceId, PREFIX + "client", brief.client().strip());
		}
		if (brief.business() != null && !brief.business().isBlank()) {
			this.settings.put(workspaceId, PREFIX + "business", brief.business().strip());
		}
		List<String> past = new ArrayList<>(read(workspaceId).pastCampaigns());
		past.add(0, runName);
		this.settings.put(workspaceId, PREFIX + "past",
				String.join("\n", past.subList(0, Math.min(PAST_CAMPAIGNS, past.size()))));
	}

}
