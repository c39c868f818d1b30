package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.CampaignRuns.Memory;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.campaigns.CombinedColumns;
import crmcopilot.shared.SecureTokens;
import crmcopilot.workspace.WorkspaceSettings;

import org.springframework.stereotype.Component;

/**
 * The business context a workspace's briefs share (client, business, the last campaign
 * names) and the column mapping of each customer source, kept in the workspace settings.
 */
@Component
class CampaignMemory {

	private static final String PREFIX = "campaigns.memory.";

	private static final int PAST_CAMPAIGNS = 5;

	private static final String MAPPING = PREFIX + "mapping.";

	private final WorkspaceSettings settings;

	private final JsonMapper json;

	CampaignMemory(WorkspaceSettings settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
	}

	/**
	 * The mapping last used with this source (a saved source's id, an uploaded file's
	 * name), when every column it names is still there.
	 */
	Optional<ColumnMapping> mapping(UUID workspaceId, String source, List<String> columnNames) {
		return this.settings.get(workspaceId, MAPPING + key(source))
			.map((text) -> this.json.readValue(text, ColumnMapping.class))
			.filter((mapping) -> mapping.columns().values().stream().allMatch((spec) -> {
				List<String> names = CombinedColumns.parse(spec).map(CombinedColumns::columns).orElse(List.of(spec));
				return columnNames.containsAll(names);
			}));
	}

	void rememberMapping(UUID workspaceId, String source, ColumnMapping mapping) {
		this.settings.put(workspaceId, MAPPING + key(source), this.json.writeValueAsString(mapping));
	}

	private static String key(String source) {
		return SecureTokens.hash(source).substring(0, 32);
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
