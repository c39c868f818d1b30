package crmcopilot.audit.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestWorkspaces;
import crmcopilot.audit.AuditEntry;
import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduled chainer links entries whose after-commit chaining never ran. */
@CopilotIntegrationTest
class AuditChainerTests {

	@Autowired
	AuditChainer chainer;

	@Autowired
	AuditJournal journal;

	@Autowired
	Workspaces workspaces;

	@Autowired
	JdbcClient jdbc;

	@Test
	void should_link_entries_left_unchained_after_their_commit_in_the_order_they_were_written() {
		// given a chain of one entry, then two entries committed without being chained (a
		// crash between the commit and the chaining)
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Chainer");
		this.journal.record(AuditEvent.of(workspace.id(), "test.chained", null, null, null, Map.of()));
		UUID first = insertUnchained(workspace.id(), "test.left.first");
		UUID second = insertUnchained(workspace.id(), "test.left.second");

		// when the scheduled chainer runs
		int linked = this.chainer.chainPending();

		// then both are linked after the existing entry, in write order, and the chain
		// holds
		assertThat(linked).isGreaterThanOrEqualTo(2);
		List<AuditEntry> entries = this.journal.search(workspace.id(), AuditJournal.Filter.none(), new PageQuery(0, 10))
			.items();
		assertThat(entries).extracting(AuditEntry::id).startsWith(second, first);
		assertThat(entries).extracting(AuditEntry::seq).containsExactly(3L, 2L, 1L);
		assertThat(this.journal.verify()).filteredOn((report) -> report.workspaceId().equals(workspace.id()))
			.singleElement()
			.satisfies((report) -> assertThat(report.intact()).as(String.valueOf(report.problem())).isTrue());
	}

	private UUID insertUnchained(UUID workspaceId, String action) {
		AuditEntry entry = new AuditEntry(UUID.randomUUID(), workspaceId, null,
				Instant.now().truncatedTo(ChronoUnit.MICROS), "system", "system", action, null, null, null, null, null,
				null);
		this.jdbc
			.sql("INSERT INTO audit_entries (id, workspace_id, occurred_at, actor, actor_type, action, content_hash) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(entry.id(), workspaceId, entry.occurredAt().atOffset(ZoneOffset.UTC), entry.actor(),
					entry.actorType(), entry.action(), ChainHash.content(entry))
			.update();
		return entry.id();
	}

}
