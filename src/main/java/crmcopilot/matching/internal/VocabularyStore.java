package crmcopilot.matching.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.matching.internal.VocabularyLists.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the workspace's value lists; a kind without rows uses the defaults. */
@Repository
class VocabularyStore {

	private final JdbcClient jdbc;

	VocabularyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Kind, List<String>> lists(UUID workspaceId) {
		Map<Kind, List<String>> lists = new EnumMap<>(Kind.class);
		this.jdbc
			.sql("SELECT kind, label FROM matching_vocabulary WHERE workspace_id = ? ORDER BY kind, sort_order, label")
			.param(workspaceId)
			.query((rs) -> {
				lists.computeIfAbsent(Kind.valueOf(rs.getString(1)), (k) -> new ArrayList<>()).add(rs.getString(2));
			});
		return lists;
	}

	void replace(UUID workspaceId, Kind kind, List<String> labels) {
		this.jdbc.sql("DELETE FROM matching_vocabulary WHERE workspace_id = ? AND kind = ?")
			.params(workspaceId, kind.name())
			.update();
		for (int i = 0; i < labels.size(); i++) {
			this.jdbc.sql(
					"INSERT INTO matching_vocabulary (id, workspace_id, kind, sort_order, label) VALUES (?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), workspaceId, kind.name(), i, labels.get(i))
				.update();
		}
	}

}
