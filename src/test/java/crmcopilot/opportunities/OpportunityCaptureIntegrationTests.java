package crmcopilot.opportunities;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.audit.AuditJournal;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.AccountMatch;
import crmcopilot.opportunities.internal.OpportunityCapture;
import crmcopilot.opportunities.internal.OpportunityDraft;
import crmcopilot.opportunities.internal.TenderImports;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CopilotIntegrationTest
class OpportunityCaptureIntegrationTests {

	private static final String NOTE = "Rencontre avec Awa Ndiaye, DSI de la Sonatel. Ils veulent renouveler leurs licences "
			+ "Microsoft 365 avant le 15 mars. Budget estimé : 45 millions FCFA. Tél : 77 123 45 67, awa.ndiaye@sonatel.sn";

	@Autowired
	OpportunityCapture capture;

	@Autowired
	AccountDirectory directory;

	@Autowired
	Workspaces workspaces;

	@Autowired
	AuditJournal journal;

	@LocalServerPort
	int port;

	private UUID newWorkspace() {
		String slug = "opp-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Africa/Dakar", PrivacyLevel.PRIVATE, false))
			.id();
	}

	private OpportunityDraft submit(UUID ws, String text) {
		return this.capture.submit(ws, "rep@example.com",
				new OpportunityCapture.Submission(OpportunityCapture.TEXT, null, text, LocalDate.of(2026, 2, 2)));
	}

	@Test
	void should_date_an_undated_note_on_the_workspace_s_day_not_the_server_s() {
		// a zone whose date is not the server's (UTC) date right now
		ZoneId zone = ZoneId
			.of((ZonedDateTime.now(ZoneOffset.UTC).getHour() >= 11) ? "Pacific/Kiritimati" : "Pacific/Pago_Pago");
		String slug = "opp-" + UUID.randomUUID().toString().substring(0, 8);
		UUID ws = this.workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", zone.getId(), PrivacyLevel.PRIVATE, false))
			.id();

		OpportunityDraft draft = this.capture.submit(ws, "rep@example.com",
				new OpportunityCapture.Submission(OpportunityCapture.TEXT, null, NOTE, null));

		assertThat(draft.documentDate()).isEqualTo(LocalDate.now(zone)).isNotEqualTo(LocalDate.now(ZoneOffset.UTC));
	}

	@Test
	void should_turn_a_note_into_an_approved_opportunity_with_account_and_contact_once() {
		UUID ws = newWorkspace();
		OpportunityDraft draft = submit(ws, NOTE);
		assertThat(draft.values()).containsEntry("accountName", "Sonatel")
			.containsEntry("closeDate", "2026-03-15")
			.containsEntry("stage", "Prospection")
			.containsEntry("currency", "XOF");
		assertThat(submit(ws, NOTE + "  ").duplicate()).isTrue();

		OpportunityDraft approved = this.capture.approve(ws, "rep@example.com", draft.id(),
				new OpportunityCapture.Approval(Map.of("amount", "46000000"), null, null, null));
		assertThat(approved.status()).isEqualTo(OpportunityDraft.Status.APPROVED);
		assertThat(this.directory.opportunity(ws, approved.opportunityId()).orElseThrow().amount()).isEqualTo(46e6);
		assertThat(this.directory.contactsOf(ws, approved.accountId())).singleElement()
			.satisfies((c) -> assertThat(c.email()).isEqualTo("awa.ndiaye@sonatel.sn"));
		assertThat(this.journal
			.search(ws, new AuditJournal.Filter(null, "opportunities.draft.approved", null, null, null),
					PageQuery.of(0, 10))
			.items()).hasSize(1);

		OpportunityDraft second = submit(ws,
				"Relance de Awa Ndiaye (SONATEL SA) : ajouter 50 licences Teams. " + "awa.ndiaye@sonatel.sn");
		assertThat(second.accountMatch().kind()).isEqualTo(AccountMatch.Kind.SURE);
		assertThat(second.contactMatch().kind()).isEqualTo(AccountMatch.Kind.SURE);
		OpportunityDraft secondApproved = this.capture.approve(ws, "rep@example.com", second.id(),
				new OpportunityCapture.Approval(Map.of(), null, null, null));
		assertThat(secondApproved.accountId()).isEqualTo(approved.accountId());
		assertThat(secondApproved.contactId()).isEqualTo(approved.contactId());
		assertThat(this.directory.accounts(ws, null, PageQuery.of(0, 10)).totalItems()).isEqualTo(1);
	}

	@Autowired
	TenderImports tenders;

	@Test
	void should_import_sample_tenders_once() {
		UUID ws = newWorkspace();
		TenderImports.Report first = this.tenders.importSamplePages(ws, "rep@example.com");
		assertThat(first.imported()).isEqualTo(4);
		assertThat(first.problems()).isNotEmpty();
		TenderImports.Report second = this.tenders.importSamplePages(ws, "rep@example.com");
		assertThat(second.imported()).isZero();
		assertThat(second.alreadyKnown()).isEqualTo(4);
		assertThat(this.capture.drafts(ws, null, PageQuery.of(0, 10)).items())
			.allSatisfy((d) -> assertThat(d.sourceKind()).isEqualTo("tender"))
			.anySatisfy((d) -> assertThat(d.values()).containsEntry("accountName", "Port autonome de Dakar"));
	}

	@Test
	void should_send_an_uncertain_account_match_to_review() {
		UUID ws = newWorkspace();
		this.directory.createAccount(ws,
				new AccountDirectory.NewAccount("Transports Diallo Logistique", "Sénégal", null, null, null, null));
		OpportunityDraft draft = submit(ws, "Client : Transports Dialo Logistik\nBesoin de 10 serveurs.");
		assertThat(draft.accountMatch().kind()).isEqualTo(AccountMatch.Kind.UNCERTAIN);
		assertThat(draft.needsReview()).isTrue();
		assertThatThrownBy(() -> this.capture.approve(ws, "rep", draft.id(),
				new OpportunityCapture.Approval(Map.of(), null, null, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Transports Diallo Logistique");
		OpportunityDraft approved = this.capture.approve(ws, "rep", draft.id(),
				new OpportunityCapture.Approval(Map.of(), "new", null, null));
		assertThat(this.directory.accounts(ws, null, PageQuery.of(0, 10)).totalItems()).isEqualTo(2);
		assertThat(approved.status()).isEqualTo(OpportunityDraft.Status.APPROVED);
	}

	@Test
	void should_match_accounts_by_normalised_names_and_contacts_by_email_or_phone() {
		UUID ws = newWorkspace();
		var account = this.directory.createAccount(ws,
				new AccountDirectory.NewAccount("Société Kirène S.A.", null, null, null, null, null));
		this.directory.createContact(ws, new AccountDirectory.NewContact(account.id(), "Nadia", "Touré", null,
				"nadia@kirene.sn", "+221771112233"));
		assertThat(this.directory.matchAccount(ws, "KIRENE").kind()).isEqualTo(AccountMatch.Kind.SURE);
		assertThat(this.directory.matchAccount(ws, "Kirenne").kind()).isNotEqualTo(AccountMatch.Kind.NONE);
		assertThat(this.directory.matchAccount(ws, "Sonatel").kind()).isEqualTo(AccountMatch.Kind.NONE);
		assertThat(this.directory.matchContact(ws, null, null, "NADIA@kirene.sn", null).reason())
			.isEqualTo("même e-mail qu'un contact connu");
		assertThat(this.directory.matchContact(ws, null, null, null, "+221771112233").reason())
			.isEqualTo("même téléphone qu'un contact connu");
		assertThat(this.directory.matchAccount(newWorkspace(), "Kirène").kind()).isEqualTo(AccountMatch.Kind.NONE);
	}

	@Test
	void should_offer_the_api_and_reject_bad_files_clearly() {
		RestClient api = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultHeader("Authorization", "Bearer test-bootstrap-token")
			.build();
		String text = "Appel de M. Cheikh Sy (Groupe Sedima " + UUID.randomUUID() + ") : devis pour 15 onduleurs.";
		Map<?, ?> draft = api.post()
			.uri("/api/v1/opportunities/text")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("text", text, "documentDate", "2026-01-14"))
			.retrieve()
			.body(Map.class);
		assertThat(((Map<?, ?>) draft.get("values")).get("stage")).isEqualTo("Prospection");
		assertThat(api.get().uri("/api/v1/opportunities/drafts/" + draft.get("id")).retrieve().body(Map.class))
			.containsEntry("status", "DRAFT");

		org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
		parts.add("file", new org.springframework.core.io.ByteArrayResource(new byte[] { 0, 1, 2, 3, 0, 5 }) {
			@Override
			public String getFilename() {
				return "note.txt";
			}
		});
		HttpStatusCode status = api.post()
			.uri("/api/v1/opportunities/files")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.exchange((request, response) -> response.getStatusCode());
		assertThat(status.value()).isEqualTo(400);

		String eml = "From: Nadia =?UTF-8?Q?Tour=C3=A9?= <nadia.toure@kirene.sn>\r\nSubject: Projet ERP\r\n"
				+ "Date: Mon, 6 Apr 2026 09:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n"
				+ "Content-Transfer-Encoding: quoted-printable\r\n\r\nKir=C3=A8ne SA lance un projet ERP "
				+ UUID.randomUUID() + ", offre avant fin mai.\r\n";
		parts = new org.springframework.util.LinkedMultiValueMap<>();
		parts.add("file", new org.springframework.core.io.ByteArrayResource(eml.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "message.bin";
			}
		});
		Map<?, ?> fromEmail = api.post()
			.uri("/api/v1/opportunities/files")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.body(Map.class);
		assertThat(fromEmail.get("sourceKind")).isEqualTo("email");
		assertThat(((Map<?, ?>) fromEmail.get("values")).get("closeDate")).isEqualTo("2026-05-31");
		assertThat(((Map<?, ?>) fromEmail.get("values")).get("contactLastName")).isEqualTo("Touré");
	}

}
