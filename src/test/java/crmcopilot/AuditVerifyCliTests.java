package crmcopilot;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./copilot audit verify} on the test database: 0 when intact, 1 after an edit.
 */
@CopilotIntegrationTest
class AuditVerifyCliTests {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	AuditJournal journal;

	@Autowired
	Workspaces workspaces;

	@Autowired
	JdbcClient jdbc;

	@Test
	void should_exit_0_when_intact_and_non_zero_after_a_row_is_edited() {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Verify");
		for (int i = 1; i <= 3; i++) {
			this.journal.record(AuditEvent.of(workspace.id(), "test.cli", "step", Integer.toString(i), null, Map.of()));
		}
		assertThat(verify()).satisfies((run) -> {
			assertThat(run.exitCode()).as(run.output()).isZero();
			assertThat(run.output()).containsPattern("chains=\\d+ entries=\\d+ broken=0\\s*$");
		});

		try {
			this.jdbc.sql("UPDATE audit_entries SET actor = 'someone-else' WHERE workspace_id = ? AND seq = 2")
				.param(workspace.id())
				.update();

			Run broken = verify();

			assertThat(broken.exitCode()).isNotZero();
			assertThat(broken.output()).contains("workspace " + workspace.id() + ": 3 entries, BROKEN at seq 2")
				.containsPattern("broken=1\\s*$");
		}
		finally {
			this.jdbc.sql("UPDATE audit_entries SET actor = 'system' WHERE workspace_id = ? AND seq = 2")
				.param(workspace.id())
				.update();
		}
		assertThat(verify().exitCode()).isZero();
	}

	private Run verify() {
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			int exitCode = CopilotCli.assemble(this.context).execute("audit", "verify");
			return new Run(exitCode, captured.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(original);
		}
	}

	record Run(int exitCode, String output) {
	}

}
