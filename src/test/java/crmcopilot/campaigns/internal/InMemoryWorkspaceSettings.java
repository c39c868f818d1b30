package crmcopilot.campaigns.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import crmcopilot.workspace.WorkspaceSettings;

/** Workspace settings in a map, for the connectors' tests without a database. */
final class InMemoryWorkspaceSettings implements WorkspaceSettings {

	private final Map<String, String> stored = new ConcurrentHashMap<>();

	/** Every value stored, as the database would hold it. */
	Collection<String> values() {
		return this.stored.values();
	}

	@Override
	public Optional<String> get(UUID workspaceId, String key) {
		return Optional.ofNullable(this.stored.get(workspaceId + key));
	}

	@Override
	public Map<String, String> withPrefix(UUID workspaceId, String prefix) {
		return this.stored.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith(workspaceId + prefix))
			.collect(Collectors.toMap((e) -> e.getKey().substring(workspaceId.toString().length()),
					Map.Entry::getValue));
	}

	@Override
	public void put(UUID workspaceId, String key, String value) {
		this.stored.put(workspaceId + key, value);
	}

	@Override
	public void remove(UUID workspaceId, String key) {
		this.stored.remove(workspaceId + key);
	}

}
