package crmcopilot.campaigns.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import crmcopilot.campaigns.Platform;
import crmcopilot.campaigns.Objective;
import crmcopilot.CopilotIntegrationTest;
import crmcopilot.DemoData;
import crmcopilot.ai.AiGateway;
import crmcopilot.audit.AuditEntry;
import crmcopilot.audit.AuditJournal;
import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.CampaignRun;
import crmcopilot.campaigns.CampaignRun.Status;
import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.crm.ColumnProfile;
import crmcopilot.crm.CustomerData;
import crmcopilot.crm.CustomerSource;
import crmcopilot.crm.CustomerSources;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@CopilotIntegrationTest
class CampaignRunsIntegrationTests {

	private static final String EXAMPLE = "Je veux faire une campagne de recrutement de nouveaux clients sur un produit "
			+ "moyen gamme de façon à recruter autant sur les CSP que les CSP+. Je souhaite définir les paramètres "
			+ "pour ma campagne display sur Pmax de Google.";

	@Autowired
	StepTexts stepTexts;

	@Autowired
	CampaignRuns runs;

	@Autowired
	CampaignRunStore results;

	@Autowired
	RunCustomers customers;

	@Autowired
	CampaignMemory memory;

	@Autowired
	Workspaces workspaces;

	@Autowired
	AuditJournal journal;

	@Autowired
	DspTransmissions transmissions;

	@Autowired
	CustomerSources sources;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AiGateway gateway;

	@Autowired
	ParseCampaignBriefTask parseTask;

	@Autowired
	DescribePersonaTask describeTask;

	@Test
	void should_require_and_journal_the_human_choice_before_the_dsp_instructions() {
		UUID workspace = newWorkspace();
		// step 1: the brief pre-fills the fields, the business context is remembered
		CampaignBrief prefilled = this.runs.prefill(workspace, EXAMPLE, "Maison Démo", "équipement de la maison");
		assertThat(prefilled.objective()).isEqualTo(Objective.ACQUISITION);
		assertThat(prefilled.platform()).isEqualTo(Platform.PMAX);
		CampaignRun run = this.runs.create(workspace, "manager@test", "Recrutement CSP", prefilled, "fr");
		assertThat(this.runs.prefill(workspace, "campagne vidéo", null, null).client()).isEqualTo("Maison Démo");
		assertThat(run.step(1).status()).isEqualTo(Status.DONE);
		// nothing downstream before the data and the choice
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.runs.choose(workspace, run.id(), 0, "why", "manager@test"));
		// step 2: a CSV with a bad row is read, the bad row reported
		CampaignRun connected = this.runs.upload(workspace, run.id(), "clients.csv", csv(600, true));
		assertThat(connected.step(2).status()).isEqualTo(Status.DONE);
		SourceSummary preview = this.results.source(workspace, run.id()).orElseThrow();
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
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.runs.choose(workspace, run.id(), 1, " ", "manager@test"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.runs.choose(workspace, run.id(), 7, "why", "manager@test"));
		CampaignRun chosen = this.runs.choose(workspace, run.id(), 1, "cible CSP+ prioritaire", "manager@test");
		assertThat(chosen.chosenPersona()).isEqualTo(1);
		assertThat(chosen.step(9).status()).isEqualTo(Status.DONE);
		CampaignRunStore.Finished finished = this.results.finished(workspace, run.id()).orElseThrow();
		assertThat(TargetingValues.invalid(finished.dsp())).isEmpty();
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
		CampaignRun reset = this.runs.rerunFrom(workspace, run.id(), 7);
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
		assertThatThrownBy(() -> this.runs.upload(workspace, run.id(), "big.csv", huge))
			.isInstanceOf(crmcopilot.shared.CsvReadException.class)
			.hasMessageContaining("larger than the limit");
		assertThat(this.runs.find(workspace, run.id()).orElseThrow().step(2).status()).isEqualTo(Status.PENDING);
	}

	@Test
	void should_rerun_the_analysis_with_the_stored_inputs_identically() {
		UUID workspace = newWorkspace();
		CampaignRun run = this.runs.create(workspace, "a@test", "x", this.runs.prefill(workspace, EXAMPLE, null, null),
				"en");
		ColumnMapping mapping = this.runs.upload(workspace, run.id(), "c.csv", csv(300, false)).mapping();
		this.runs.analyse(workspace, run.id(), mapping, 3, 3, 7, true);
		int[] firstLabels = this.results.assignments(workspace, run.id()).orElseThrow().labels();
		this.runs.rerunFrom(workspace, run.id(), 4);
		Analysis second = this.results.analysis(workspace, run.id()).orElseThrow();
		assertThat(this.results.assignments(workspace, run.id()).orElseThrow().labels()).isEqualTo(firstLabels)
			.hasSize(300);
		// the run page reads the analysis without one id and one label per customer
		assertThat(second.ids()).isEmpty();
		assertThat(second.seed()).isEqualTo(7);
		assertThat(second.suggestion()).isNotNull();
		assertThat(second.personas().get(0).text().description()).contains("Who they are");
	}

	@Test
	void should_store_and_journal_a_transmission_refused_for_want_of_credentials() {
		UUID workspace = newWorkspace();
		CampaignBrief p = this.runs.prefill(workspace, EXAMPLE, null, null);
		CampaignBrief dv360 = new CampaignBrief(p.text(), p.objective(), p.media(), Platform.DV360, p.productRange(),
				p.targetHints(), null, null, null, null, null, null);
		CampaignRun run = this.runs.create(workspace, "a@test", "dv", dv360, "fr");
		ColumnMapping mapping = this.runs.upload(workspace, run.id(), "c.csv", csv(300, false)).mapping();
		DspConnector.Target target = new DspConnector.Target("1001", "42", false);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.transmissions.transmit(workspace, run.id(), target, "a@test"));
		this.runs.analyse(workspace, run.id(), mapping, 3, 2, 0, false);
		this.runs.choose(workspace, run.id(), 0, "test", "a@test");
		assertThat(this.transmissions.connector(Platform.DV360).orElseThrow().connected(workspace)).isFalse();
		DspTransmissions.Attempt attempt = this.transmissions.transmit(workspace, run.id(), target, "a@test");
		assertThat(attempt.ok()).isFalse();
		assertThat(attempt.error()).contains("not connected");
		assertThat(this.transmissions.attempts(workspace, run.id())).singleElement()
			.satisfies((a) -> assertThat(a.lineItemId()).isEqualTo("42"));
		assertThat(this.transmissions.attempts(newWorkspace(), run.id())).isEmpty();
		assertThat(this.journal
			.search(workspace, new AuditJournal.Filter(null, "campaigns.dsp.failed", null, null, null),
					PageQuery.of(0, 10))
			.items()).hasSize(1);
	}

	@Test
	void should_read_the_source_once_to_connect_it_and_not_again_to_show_the_run_page() {
		UUID workspace = newWorkspace();
		DemoData.awaitSeeded(this.jdbc);
		CampaignRun run = this.runs.create(workspace, "manager@test", "Lecture unique",
				this.runs.prefill(workspace, EXAMPLE, null, null), "fr");
		CustomerSource demo = this.sources.demo(workspace);
		Map<String, Integer> calls = new ConcurrentHashMap<>();
		RunCustomers counting = new RunCustomers(counting(calls), this.results);
		CampaignWorkflow counted = new CampaignWorkflow(this.results, counting, this.memory, this.gateway,
				this.parseTask, this.describeTask, this.journal, this.stepTexts);
		// connecting reads the customer table once, and the enrichment table for its
		// columns
		CampaignRun connected = counted.connect(workspace, run.id(), demo.id());
		assertThat(calls).containsOnly(Map.entry("read " + demo.table(), 1),
				Map.entry("read " + demo.enrichmentTable(), 1));
		// the run page reads what step 2 kept: the counts and the mapping columns
		calls.clear();
		SourceSummary preview = counting.summary(workspace, connected).orElseThrow();
		assertThat(calls).isEmpty();
		assertThat(preview.columns()).extracting(ColumnProfile::name)
			.hasSizeGreaterThan(this.sources.read(workspace, demo.id(), demo.table(), 1).columnNames().size());
		// an uploaded file is parsed once, when it is uploaded
		calls.clear();
		CampaignRun uploaded = counted.upload(workspace, run.id(), "c.csv", csv(50, false));
		assertThat(calls).containsOnly(Map.entry("readCsv", 1));
		calls.clear();
		assertThat(counting.summary(workspace, uploaded).orElseThrow().totalRows()).isEqualTo(50);
		assertThat(calls).isEmpty();
	}

	/** The customer sources, counting the reads by method and table. */
	private CustomerSources counting(Map<String, Integer> calls) {
		return (CustomerSources) Proxy.newProxyInstance(CustomerSources.class.getClassLoader(),
				new Class<?>[] { CustomerSources.class }, (proxy, method, args) -> {
					if (method.getName().startsWith("read")) {
						calls.merge(method.getName() + (method.getName().equals("read") ? " " + args[2] : ""), 1,
								Integer::sum);
					}
					try {
						return method.invoke(this.sources, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
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
