package crmcopilot.campaigns.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.audit.AuditEntry;
import crmcopilot.audit.AuditJournal;
import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.CampaignRun;
import crmcopilot.campaigns.CampaignRun.Status;
import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.crm.CustomerData;
import crmcopilot.web.PageQuery;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@CopilotIntegrationTest
class CampaignRunsIntegrationTests {

	private static final String EXAMPLE = "Je veux faire une campagne de recrutement de nouveaux clients sur un produit "
			+ "moyen gamme de façon à recruter autant sur les CSP que les CSP+. Je souhaite définir les paramètres "
			+ "pour ma campagne display sur Pmax de Google.";

	@Autowired
	CampaignRuns runs;

	@Autowired
	JdbcCampaignRuns results;

	@Autowired
	Workspaces workspaces;

	@Autowired
	AuditJournal journal;

	@Test
	void should_require_and_journal_the_human_choice_before_the_dsp_instructions() {
		UUID workspace = newWorkspace();
		// step 1: the brief pre-fills the fields, the business context is remembered
		CampaignBrief prefilled = this.runs.prefill(workspace, EXAMPLE, "Maison Démo", "équipement de la maison");
		assertThat(prefilled.objective()).isEqualTo("Acquisition");
		assertThat(prefilled.platform()).isEqualTo(CampaignBrief.PMAX);
		CampaignRun run = this.runs.create(workspace, "manager@test", "Recrutement CSP", prefilled, "fr");
		assertThat(this.runs.prefill(workspace, "campagne vidéo", null, null).client()).isEqualTo("Maison Démo");
		assertThat(run.step(1).status()).isEqualTo(Status.DONE);
		// nothing downstream before the data and the choice
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.runs.choose(workspace, run.id(), 0, "why", "manager@test"));
		// step 2: a CSV with a bad row is read, the bad row reported
		CampaignRun connected = this.runs.upload(workspace, run.id(), "clients.csv", csv(600, true));
		assertThat(connected.step(2).status()).isEqualTo(Status.DONE);
		CustomerData preview = this.runs.preview(workspace, run.id());
		assertThat(preview.badRows()).hasSize(1);
		assertThat(preview.totalRows()).isEqualTo(600);
		// steps 3 to 6
		CampaignRun analysed = this.runs.analyse(workspace, run.id(), connected.mapping(), 3, 4, 0, false);
		for (int step = 3; step <= 6; step++) {
			assertThat(analysed.step(step).status()).as("step %d", step).isEqualTo(Status.DONE);
		}
		assertThat(analysed.step(7).status()).isEqualTo(Status.WAITING);
		assertThat(analysed.step(8).status()).isEqualTo(Status.PENDING);
		assertThat(analysed.step(9).status()).isEqualTo(Status.PENDING);
		assertThat(this.results.finished(workspace, run.id())).isEmpty();
		// the choice needs a reason and exactly one persona in range
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.runs.choose(workspace, run.id(), 1, " ", "manager@test"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.runs.choose(workspace, run.id(), 7, "why", "manager@test"));
		CampaignRun chosen = this.runs.choose(workspace, run.id(), 1, "cible CSP+ prioritaire", "manager@test");
		assertThat(chosen.chosenPersona()).isEqualTo(1);
		assertThat(chosen.step(9).status()).isEqualTo(Status.DONE);
		JdbcCampaignRuns.Finished finished = this.results.finished(workspace, run.id()).orElseThrow();
		assertThat(DspTargeting.invalid(finished.dsp())).isEmpty();
		assertThat(finished.summary()).contains("Acquisition");
		List<AuditEntry> entries = this.journal
			.search(workspace, new AuditJournal.Filter(null, "campaigns.persona.chosen", null, null, null),
					PageQuery.of(0, 10))
			.items();
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).actor()).isEqualTo("manager@test");
		assertThat(entries.get(0).reason()).isEqualTo("cible CSP+ prioritaire");
		assertThat(entries.get(0).details()).contains("alternatives");
		// re-running from the choice clears everything downstream
		CampaignRun reset = this.runs.rerunFrom(workspace, run.id(), 7, "manager@test");
		assertThat(reset.chosenPersona()).isNull();
		assertThat(reset.step(9).status()).isEqualTo(Status.PENDING);
		assertThat(this.results.finished(workspace, run.id())).isEmpty();
		// another workspace sees nothing
		assertThat(this.runs.find(newWorkspace(), run.id())).isEmpty();
	}

	@Test
	void should_refuse_a_huge_file_clearly_and_keep_the_run_unchanged() {
		UUID workspace = newWorkspace();
		CampaignRun run = this.runs.create(workspace, "a@test", "", this.runs.prefill(workspace, EXAMPLE, null, null),
				"fr");
		byte[] huge = "a,b\n1,2\n".repeat(3_000_000).getBytes(StandardCharsets.UTF_8);
		assertThatIllegalArgumentException().isThrownBy(() -> this.runs.upload(workspace, run.id(), "big.csv", huge))
			.withMessageContaining("larger than the limit");
		assertThat(this.runs.find(workspace, run.id()).orElseThrow().step(2).status()).isEqualTo(Status.PENDING);
	}

	@Test
	void should_rerun_the_analysis_with_the_stored_inputs_identically() {
		UUID workspace = newWorkspace();
		CampaignRun run = this.runs.create(workspace, "a@test", "x", this.runs.prefill(workspace, EXAMPLE, null, null),
				"en");
		ColumnMapping mapping = this.runs.upload(workspace, run.id(), "c.csv", csv(300, false)).mapping();
		this.runs.analyse(workspace, run.id(), mapping, 3, 3, 7, true);
		Analysis first = this.results.analysis(workspace, run.id()).orElseThrow();
		this.runs.rerunFrom(workspace, run.id(), 4, "a@test");
		Analysis second = this.results.analysis(workspace, run.id()).orElseThrow();
		assertThat(second.labels()).isEqualTo(first.labels());
		assertThat(second.seed()).isEqualTo(7);
		assertThat(second.suggestion()).isNotNull();
		assertThat(second.personas().get(0).text().description()).contains("Who they are");
	}

	private static byte[] csv(int rows, boolean withBadRow) {
		CustomerData data = SyntheticCustomers.generate(rows, 3);
		StringBuilder text = new StringBuilder(String.join(";", data.columnNames())).append('\n');
		for (List<@Nullable String> row : data.rows()) {
			text.append(String.join(";", row.stream().map((v) -> (v == null) ? "" : v).toList())).append('\n');
			if (withBadRow && row == data.rows().get(0)) {
				text.append("broken;row\n");
			}
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private UUID newWorkspace() {
		String slug = "cmp-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Europe/Paris", PrivacyLevel.PRIVATE, false))
			.id();
	}

}
