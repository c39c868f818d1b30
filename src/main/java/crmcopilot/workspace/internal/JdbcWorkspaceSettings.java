package crmcopilot.workspace.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.workspace.WorkspaceSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static crmcopilot.workspace.internal.JdbcWorkspaces.utc;

@Service
class JdbcWorkspaceSettings implements WorkspaceSettings {

	private final JdbcClient jdbc;

	JdbcWorkspaceSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> get(UUID workspaceId, String key) {
		return this.jdbc.sql("SELECT setting_value FROM workspace_settings WHERE workspace_id = ? AND setting_key = ?")
			.params(workspaceId, key)
			.query(String.class)
			.optional();
	}

	@Override
	public Map<String, String> withPrefix(UUID workspaceId, String prefix) {
		Map<String, String> values = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT setting_key, setting_value FROM workspace_settings WHERE workspace_id = ? "
					+ "AND setting_key LIKE ? ORDER BY setting_key")
			.params(workspaceId, prefix.replace("%", "\\%").replace("_", "\\_") + "%")
			.query((rs) -> {
				values.put(rs.getString(1), rs.getString(2));
			});
		return values;
	}

	@Override
	@Transactional
	public void put(UUID workspaceId, String key, String value) {
		int updated = this.jdbc
			.sql("UPDATE workspace_settings SET setting_value = ?, updated_at = ? WHERE workspace_id = ? "
					+ "AND setting_key = ?")
			.params(value, utc(Instant.now()), workspaceId, key)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO workspace_settings (workspace_id, setting_key, setting_value, updated_at) "
						+ "VALUES (?, ?, ?, ?)")
				.params(workspaceId, key, value, utc(Instant.now()))
				.update();
		}
	}

	@Override
	public void remove(UUID workspaceId, String key) {
		this.jdbc.sql("DELETE FROM workspace_settings WHERE workspace_id = ? AND setting_key = ?")
			.params(workspaceId, key)
			.update();
	}

}
