package crmcopilot.audit;

import java.util.List;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestWorkspaces;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CopilotIntegrationTest
class ConsentsTests {

	@Autowired
	Consents consents;

	@Autowired
	AuditJournal journal;

	@Autowired
	Workspaces workspaces;

	@Test
	void should_record_withdraw_and_answer_the_current_state() {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Consents");
		Workspace other = TestWorkspaces.create(this.workspaces, "Other");

		assertThat(this.consents.isGranted(workspace.id(), "jeanne@client.fr", "marketing")).isFalse();
		Consent given = this.consents.record(workspace.id(), " Jeanne@Client.fr ", "marketing", true, "web form");
		assertThat(this.consents.isGranted(workspace.id(), "jeanne@client.fr", "marketing")).isTrue();
		assertThat(this.consents.isGranted(workspace.id(), "jeanne@client.fr", "profiling")).isFalse();
		assertThat(this.consents.isGranted(other.id(), "jeanne@client.fr", "marketing")).isFalse();

		Consent withdrawn = this.consents.record(workspace.id(), "jeanne@client.fr", "marketing", false, "email");

		assertThat(this.consents.current(workspace.id(), "JEANNE@client.fr", "marketing")).contains(withdrawn);
		assertThat(this.consents.isGranted(workspace.id(), "jeanne@client.fr", "marketing")).isFalse();
		assertThat(this.consents.history(workspace.id(), "jeanne@client.fr")).containsExactly(withdrawn, given);
		assertThat(given.subject()).isEqualTo("jeanne@client.fr");
		assertThat(given.recordedBy()).isEqualTo("anonymous:web form");
	}

	@Test
	void should_journal_every_change() {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Consents journal");

		Consent given = this.consents.record(workspace.id(), "paul@client.fr", "profiling", true, "agent");
		Consent withdrawn = this.consents.record(workspace.id(), "paul@client.fr", "profiling", false, "phone call");

		List<AuditEntry> entries = this.journal
			.search(workspace.id(), new AuditJournal.Filter(null, "consent.", null, null, null), PageQuery.of(0, 10))
			.items();
		assertThat(entries).extracting(AuditEntry::action).containsExactly("consent.withdrawn", "consent.given");
		assertThat(entries).extracting(AuditEntry::objectId)
			.containsExactly(withdrawn.id().toString(), given.id().toString());
		assertThat(entries.get(0).details()).contains("paul@client.fr").contains("profiling");
		assertThat(entries.get(0).reason()).contains("phone call");
	}

}
