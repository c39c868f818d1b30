package crmcopilot.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestWorkspaces;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain. Tampering tests restore the row they broke, because a broken chain
 * fails {@code verify()} for the whole database.
 */
@CopilotIntegrationTest
class AuditJournalTests {

	@Autowired
	AuditJournal journal;

	@Autowired
	Workspaces workspaces;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	Workspace workspace;

	@BeforeEach
	void createWorkspace() {
		this.workspace = TestWorkspaces.create(this.workspaces, "Journal");
	}

	@Test
	void should_chain_each_entry_to_the_previous_one() {
		List<AuditEntry> entries = record(3);

		assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
		assertThat(entries.get(0).prevHash()).isEqualTo("0".repeat(64));
		assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());
		assertThat(entries.get(2).prevHash()).isEqualTo(entries.get(1).hash());
		assertThat(entries).extracting(AuditEntry::hash).doesNotHaveDuplicates().allMatch((h) -> h.length() == 64);
		assertThat(stored()).isEqualTo(entries);
		assertThat(report()).satisfies((report) -> {
			assertThat(report.intact()).isTrue();
			assertThat(report.entries()).isEqualTo(3);
		});
	}

	@Test
	void should_catch_an_edited_row_and_name_its_seq() {
		record(4);
		String original = this.jdbc.sql("SELECT reason FROM audit_entries WHERE workspace_id = ? AND seq = 2")
			.param(this.workspace.id())
			.query(String.class)
			.single();
		try {
			this.jdbc.sql("UPDATE audit_entries SET reason = ? WHERE workspace_id = ? AND seq = 2")
				.params("nothing happened", this.workspace.id())
				.update();

			AuditJournal.ChainReport report = report();

			assertThat(report.intact()).isFalse();
			assertThat(report.firstBrokenSeq()).isEqualTo(2L);
			assertThat(report.problem()).contains("changed");
		}
		finally {
			this.jdbc.sql("UPDATE audit_entries SET reason = ? WHERE workspace_id = ? AND seq = 2")
				.params(original, this.workspace.id())
				.update();
		}
		assertThat(report().intact()).isTrue();
	}

	@Test
	void should_catch_a_deleted_last_row() {
		record(3);
		Map<String, Object> last = this.jdbc.sql("SELECT * FROM audit_entries WHERE workspace_id = ? AND seq = 3")
			.param(this.workspace.id())
			.query()
			.singleRow();
		try {
			this.jdbc.sql("DELETE FROM audit_entries WHERE workspace_id = ? AND seq = 3")
				.param(this.workspace.id())
				.update();

			AuditJournal.ChainReport report = report();

			assertThat(report.intact()).isFalse();
			assertThat(report.firstBrokenSeq()).isEqualTo(3L);
			assertThat(report.problem()).contains("deleted");
		}
		finally {
			restore(last);
		}
		assertThat(report().intact()).isTrue();
	}

	@Test
	void should_keep_a_valid_chain_under_concurrent_appends() throws Exception {
		int writers = 6;
		int perWriter = 10;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int writer = 0; writer < writers; writer++) {
				int id = writer;
				done.add(pool.submit(() -> IntStream.range(0, perWriter)
					.forEach((i) -> this.journal.record(AuditEvent.of(this.workspace.id(), "test.concurrent", "writer",
							Integer.toString(id), null, Map.of("i", i))))));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(stored()).extracting(AuditEntry::seq)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, writers * perWriter).mapToObj(Long::valueOf).toList());
		assertThat(report()).satisfies((report) -> {
			assertThat(report.intact()).as(String.valueOf(report.problem())).isTrue();
			assertThat(report.entries()).isEqualTo(writers * perWriter);
		});
	}

	@Test
	void should_show_an_entry_at_once_and_chain_it_after_commit() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);

		AuditEntry written = transaction.execute((status) -> {
			AuditEntry entry = this.journal
				.record(AuditEvent.of(this.workspace.id(), "test.pending", null, null, null, Map.of()));
			assertThat(entry.chained()).isFalse();
			assertThat(stored()).extracting(AuditEntry::id).containsExactly(entry.id());
			return entry;
		});

		assertThat(stored()).singleElement().satisfies((entry) -> {
			assertThat(entry.id()).isEqualTo(written.id());
			assertThat(entry.seq()).isEqualTo(1L);
			assertThat(entry.prevHash()).isEqualTo("0".repeat(64));
		});
		assertThat(report().intact()).isTrue();
	}

	@Test
	void should_not_make_a_writer_wait_for_an_open_transaction_of_the_same_workspace() throws Exception {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch otherDone = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> open = pool.submit(() -> transaction.executeWithoutResult((status) -> {
				this.journal.record(AuditEvent.of(this.workspace.id(), "test.slow", null, null, null, Map.of()));
				written.countDown();
				await(otherDone);
			}));
			await(written);

			// given a business transaction that wrote an entry and has not committed,
			// when
			// another one writes and commits, then it does not wait for the first
			pool.submit(() -> transaction.executeWithoutResult((status) -> this.journal
				.record(AuditEvent.of(this.workspace.id(), "test.fast", null, null, null, Map.of()))))
				.get(10, TimeUnit.SECONDS);
			otherDone.countDown();
			open.get(10, TimeUnit.SECONDS);
		}
		finally {
			otherDone.countDown();
			pool.shutdown();
		}

		assertThat(stored()).extracting(AuditEntry::action).containsExactly("test.fast", "test.slow");
		assertThat(report()).satisfies((report) -> {
			assertThat(report.intact()).as(String.valueOf(report.problem())).isTrue();
			assertThat(report.entries()).isEqualTo(2);
		});
	}

	@Test
	void should_catch_an_edited_entry_that_is_not_chained_yet() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> {
			AuditEntry entry = this.journal
				.record(AuditEvent.of(this.workspace.id(), "test.pending", null, null, "why", Map.of()));
			this.jdbc.sql("UPDATE audit_entries SET reason = 'nothing happened' WHERE id = ?")
				.param(entry.id())
				.update();

			AuditJournal.ChainReport report = report();

			assertThat(report.intact()).isFalse();
			assertThat(report.firstBrokenSeq()).isNull();
			assertThat(report.problem()).contains(entry.id().toString()).contains("changed");
			status.setRollbackOnly();
		});
		assertThat(this.journal.verify()).noneMatch((report) -> report.workspaceId().equals(this.workspace.id()));
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private List<AuditEntry> record(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj((i) -> this.journal.record(AuditEvent
				.of(this.workspace.id(), "test.step", "step", Integer.toString(i), "step " + i, Map.of("n", i))
				.by("tester@test.example", "user")))
			.toList();
	}

	private List<AuditEntry> stored() {
		return this.journal
			.search(this.workspace.id(), AuditJournal.Filter.none(), new PageQuery(0, PageQuery.MAX_SIZE))
			.items()
			.stream()
			.sorted(Comparator.comparing(AuditEntry::seq, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private AuditJournal.ChainReport report() {
		return this.journal.verify()
			.stream()
			.filter((report) -> report.workspaceId().equals(this.workspace.id()))
			.findFirst()
			.orElseThrow();
	}

	private void restore(Map<String, Object> row) {
		List<String> columns = new ArrayList<>(row.keySet());
		this.jdbc
			.sql("INSERT INTO audit_entries (" + String.join(", ", columns) + ") VALUES ("
					+ String.join(", ", columns.stream().map((c) -> "?").toList()) + ")")
			.params(columns.stream().map(row::get).toList())
			.update();
	}

}
