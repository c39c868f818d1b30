package crmcopilot.audit;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUser;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CopilotIntegrationTest
class JournalPageTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditJournal journal;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	TestSession session;

	@BeforeEach
	void journalWithTwoEntries() {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Journal page");
		this.journal.record(AuditEvent
			.of(workspace.id(), "support.reply.sent", "ticket", "T-1001", "auto-reply, confidence 0.93", Map.of())
			.by("alice@journal.example", "user"));
		this.journal.record(AuditEvent
			.of(workspace.id(), "crm.account.pushed", "account", "A-42", "approved by a manager", Map.of("crm", "sf"))
			.by("bob@journal.example", "user"));
		WorkspaceUser manager = TestWorkspaces.user(this.users, workspace, Role.MANAGER);
		this.session = TestSession.signedIn(this.port, manager.email(), TestWorkspaces.PASSWORD);
	}

	@Test
	void should_filter_by_actor_action_object_and_date() {
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

		assertThat(page("")).contains("support.reply.sent", "crm.account.pushed");
		assertThat(page("?actor=ALICE")).contains("support.reply.sent").doesNotContain("crm.account.pushed");
		assertThat(page("?action=crm.")).contains("crm.account.pushed").doesNotContain("support.reply.sent");
		assertThat(page("?object=t-1001")).contains("support.reply.sent").doesNotContain("crm.account.pushed");
		assertThat(page("?from=" + today + "&to=" + today)).contains("support.reply.sent", "crm.account.pushed");
		assertThat(page("?from=" + tomorrow)).doesNotContain("support.reply.sent", "crm.account.pushed");
	}

	@Test
	void should_export_the_filtered_journal_as_csv() throws IOException {
		HttpResponse<String> all = this.session.get("/audit/export.csv");
		HttpResponse<String> bob = this.session.get("/audit/export.csv?actor=bob");

		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(all.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).contains("attachment").contains(".csv"));
		assertThat(csv(all.body())).extracting((row) -> row.get("action"))
			.containsExactly("crm.account.pushed", "support.reply.sent");
		List<CSVRecord> bobRows = csv(bob.body());
		assertThat(bobRows).hasSize(1);
		assertThat(bobRows.get(0).get("actor")).isEqualTo("bob@journal.example");
		assertThat(bobRows.get(0).get("object_id")).isEqualTo("A-42");
		assertThat(bobRows.get(0).get("reason")).isEqualTo("approved by a manager");
		assertThat(bobRows.get(0).get("seq")).isEqualTo("2");
		assertThat(bobRows.get(0).get("hash")).hasSize(64);
	}

	private String page(String query) {
		HttpResponse<String> response = this.session.get("/audit" + query);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static List<CSVRecord> csv(String body) throws IOException {
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body))
			.getRecords();
	}

}
