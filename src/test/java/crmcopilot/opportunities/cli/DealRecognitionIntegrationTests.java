package crmcopilot.opportunities.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.Opportunity;
import crmcopilot.opportunities.internal.ActivityTimeline;
import crmcopilot.opportunities.internal.FollowUp;
import crmcopilot.opportunities.internal.FollowUpService;
import crmcopilot.opportunities.internal.OpportunityCapture;
import crmcopilot.opportunities.internal.OpportunityDraft;
import crmcopilot.opportunities.internal.OpportunityMatch;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A note about an open deal proposes to update it (each changed field old → new) and
 * approving does; on the labelled deals of {@code eval/opportunities/deals.jsonl} the
 * right deal is proposed and no sure proposal points to another one.
 */
@CopilotIntegrationTest
class DealRecognitionIntegrationTests {

	private static final Path DEALS = Path.of("eval/opportunities/deals.jsonl");

	private static final String REP = "rep@example.com";

	@Autowired
	OpportunityCapture capture;

	@Autowired
	Workspaces workspaces;

	@Autowired
	AccountDirectory directory;

	@Autowired
	FollowUpService followUps;

	@Autowired
	ActivityTimeline timeline;

	private UUID newWorkspace() {
		String slug = "deal-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Africa/Dakar", PrivacyLevel.PRIVATE, false))
			.id();
	}

	private OpportunityDraft submit(UUID workspace, String text, String date) {
		return this.capture.submit(workspace, REP, new OpportunityCapture.Submission(OpportunityCapture.TEXT, null,
				text, java.time.LocalDate.parse(date)));
	}

	@Test
	void should_update_the_open_deal_a_follow_up_note_is_about() {
		UUID workspace = newWorkspace();
		OpportunityDraft first = submit(workspace,
				"Rencontre avec Awa Ndiaye, DSI de la Sonatel. Ils veulent renouveler 800 licences Microsoft 365 "
						+ "avant le 15 mars. Budget 45 millions FCFA. awa.ndiaye@sonatel.sn",
				"2026-02-02");
		UUID deal = this.capture
			.approve(workspace, REP, first.id(), new OpportunityCapture.Approval(Map.of(), null, null, null))
			.opportunityId();

		OpportunityDraft relance = submit(workspace, "Relance Sonatel : Awa confirme le budget, décision fin mars.",
				"2026-02-05");

		assertThat(relance.opportunityMatch()).isNotNull();
		assertThat(relance.opportunityMatch().id()).isEqualTo(deal);
		assertThat(relance.opportunityMatch().reason()).contains("seule affaire ouverte du compte");
		assertThat(relance.opportunityMatch().changes()).singleElement()
			.isEqualTo(new OpportunityMatch.FieldChange("closeDate", "2026-03-15", "2026-03-31"));

		OpportunityDraft approved = this.capture.approve(workspace, REP, relance.id(),
				new OpportunityCapture.Approval(Map.of(), null, null, null, "update:" + deal));

		assertThat(approved.opportunityId()).isEqualTo(deal);
		assertThat(approved.opportunityUpdated()).isTrue();
		Opportunity updated = this.directory.opportunity(workspace, deal).orElseThrow();
		assertThat(updated.closeDate()).hasToString("2026-03-31");
		assertThat(updated.amount()).isEqualTo(45_000_000.0);
		assertThat(this.directory.opportunitiesOf(workspace, approved.accountId())).hasSize(1);
		assertThat(this.followUps.openOf(workspace, REP)).extracting(FollowUp::subject, FollowUp::dueDate)
			.containsExactly(tuple("Décision fin mars", java.time.LocalDate.of(2026, 3, 31)));
		var timeline = this.timeline.ofAccount(workspace, approved.accountId(), new PageQuery(0, 10)).items();
		assertThat(timeline).extracting(ActivityTimeline.Activity::kind)
			.containsExactly("updated", "text", "approved", "text");
	}

	@Test
	void should_mark_a_follow_up_done_or_postpone_it_and_journal_both() {
		UUID workspace = newWorkspace();
		OpportunityDraft note = submit(workspace,
				"RDV Garage Central de Thiès : le gérant veut un logiciel de gestion d'atelier. Devis pour vendredi, "
						+ "démo mardi.",
				"2026-02-04");
		UUID deal = this.capture
			.approve(workspace, REP, note.id(), new OpportunityCapture.Approval(Map.of(), null, null, null))
			.opportunityId();
		var open = this.followUps.openOf(workspace, REP);
		assertThat(open).extracting(FollowUp::dueDate)
			.containsExactly(java.time.LocalDate.of(2026, 2, 6), java.time.LocalDate.of(2026, 2, 10));

		this.followUps.done(workspace, REP, open.get(0).id());
		FollowUp postponed = this.followUps.postpone(workspace, REP, open.get(1).id(), 7);

		assertThat(postponed.dueDate()).isAfter(java.time.LocalDate.of(2026, 2, 10));
		assertThat(this.followUps.openOf(workspace, REP)).hasSize(1);
		assertThat(this.timeline.ofOpportunity(workspace, deal, new PageQuery(0, 10)).items())
			.extracting(ActivityTimeline.Activity::kind)
			.contains("followup-done", "followup-postponed");
	}

	@Test
	void should_propose_the_right_open_deal_on_the_labelled_notes() throws Exception {
		AccountLinkReplay.Result result = AccountLinkReplay.replay(
				AccountLinkReplay.read(DEALS, JsonMapper.builder().build()),
				new EvalAccountsCommand.ServiceCopilot(this.capture, newWorkspace()));
		result.lines().forEach(System.out::println);
		System.out.println("deals.jsonl " + result.summary());

		assertThat(result.deals().accuracy()).as("opportunity match").isGreaterThanOrEqualTo(0.85);
		assertThat(result.deals().sureWrong()).as("sure proposals of the wrong deal").isZero();
	}

}
