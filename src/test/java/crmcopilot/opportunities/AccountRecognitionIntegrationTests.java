package crmcopilot.opportunities;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.AccountMatch;
import crmcopilot.crm.Contact;
import crmcopilot.opportunities.internal.OpportunityCapture;
import crmcopilot.opportunities.internal.OpportunityDraft;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance cases of issue 19: the company and its contact recognised. */
@CopilotIntegrationTest
class AccountRecognitionIntegrationTests {

	@Autowired
	OpportunityCapture capture;

	@Autowired
	AccountDirectory directory;

	@Autowired
	Workspaces workspaces;

	private UUID newWorkspace() {
		String slug = "rec-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Africa/Dakar", PrivacyLevel.PRIVATE, false))
			.id();
	}

	private OpportunityDraft submit(UUID ws, String kind, String text) {
		return this.capture.submit(ws, "rep@example.com",
				new OpportunityCapture.Submission(kind, null, text, LocalDate.of(2026, 2, 2)));
	}

	private OpportunityDraft approve(UUID ws, OpportunityDraft draft) {
		return this.capture.approve(ws, "rep@example.com", draft.id(),
				new OpportunityCapture.Approval(Map.of(), null, null, null));
	}

	@Test
	void should_link_a_follow_up_note_to_the_account_it_names_and_say_why_in_french() {
		UUID ws = newWorkspace();
		OpportunityDraft first = approve(ws, submit(ws, OpportunityCapture.TEXT,
				"Rencontre avec Awa Ndiaye, DSI de la Sonatel. Ils veulent renouveler 800 licences Microsoft 365 "
						+ "avant le 15 mars. Budget 45 millions FCFA. awa.ndiaye@sonatel.sn"));
		OpportunityDraft followUp = submit(ws, OpportunityCapture.TEXT,
				"Relance Sonatel : Awa confirme le budget, décision fin mars.");
		assertThat(followUp.values()).containsEntry("accountName", "Sonatel");
		assertThat(followUp.accountMatch().kind()).isEqualTo(AccountMatch.Kind.SURE);
		assertThat(followUp.accountMatch().existingId()).isEqualTo(first.accountId());
		assertThat(followUp.accountMatch().reason()).startsWith("même nom");
	}

	@Test
	void should_take_the_account_of_a_letter_from_its_letterhead_rather_than_its_email_domain() {
		UUID ws = newWorkspace();
		var port = this.directory.createAccount(ws,
				new AccountDirectory.NewAccount("Port Autonome de Dakar", "Sénégal", "Dakar", null, null, null));
		OpportunityDraft draft = submit(ws, OpportunityCapture.DOCUMENT, """
				PORT AUTONOME DE DAKAR
				Direction des Systèmes d'Information
				21, boulevard de la Libération - BP 3195 Dakar

				Objet : demande de cotation pour 50 ordinateurs portables

				Monsieur,
				Nous vous prions de nous faire parvenir votre meilleure offre avant le 15 avril 2026.
				Contact : moussa.fall@portdakar.sn
				""");
		assertThat(draft.values()).containsEntry("accountName", "Port Autonome de Dakar");
		assertThat(draft.accountMatch().existingId()).isEqualTo(port.id());
		assertThat(draft.accountMatch().kind()).isEqualTo(AccountMatch.Kind.SURE);
	}

	@Test
	void should_propose_a_known_contacts_new_email_and_keep_the_old_one_as_secondary() {
		UUID ws = newWorkspace();
		var account = this.directory.createAccount(ws,
				new AccountDirectory.NewAccount("Kirène SA", "Sénégal", null, null, null, null));
		Contact nadia = this.directory.createContact(ws, new AccountDirectory.NewContact(account.id(), "Nadia", "Touré",
				"DAF", "nadia.toure@kirene.sn", "+221771112233"));
		OpportunityDraft draft = submit(ws, OpportunityCapture.TEXT,
				"Kirène SA : rencontre avec Nadia Touré, DAF. Sa nouvelle adresse : n.toure@kirene-group.sn. "
						+ "Projet de tablettes pour les commerciaux, décision fin mars.");
		assertThat(draft.contactMatch().existingId()).isEqualTo(nadia.id());
		assertThat(draft.contactMatch().reason()).contains("nadia.toure@kirene.sn → n.toure@kirene-group.sn");
		OpportunityDraft approved = this.capture.approve(ws, "rep@example.com", draft.id(),
				new OpportunityCapture.Approval(Map.of(), "link:" + account.id(), "link:" + nadia.id(), null));
		assertThat(approved.contactId()).isEqualTo(nadia.id());
		Contact updated = this.directory.contact(ws, nadia.id()).orElseThrow();
		assertThat(updated.email()).isEqualTo("n.toure@kirene-group.sn");
		assertThat(updated.secondaryEmail()).isEqualTo("nadia.toure@kirene.sn");
		assertThat(updated.phone()).isEqualTo("+221771112233");
	}

}
