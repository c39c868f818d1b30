package crmcopilot.opportunities.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import crmcopilot.crm.Account;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.Contact;
import crmcopilot.crm.SalesforceConnector;
import crmcopilot.opportunities.internal.OpportunityCapture;
import crmcopilot.opportunities.internal.OpportunityDraft;
import crmcopilot.opportunities.internal.OpportunityPermissions;
import crmcopilot.opportunities.internal.TenderImports;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.workspace.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The sales copilot's API: submit text or files, list and decide drafts. */
@RestController
@RequestMapping("/api/v1/opportunities")
@Tag(name = "opportunities", description = "Opportunities from notes, emails, documents, voice memos and tenders")
class OpportunityApiController {

	private final OpportunityCapture capture;

	private final AccountDirectory directory;

	private final SalesforceConnector salesforce;

	private final TenderImports tenders;

	OpportunityApiController(OpportunityCapture capture, AccountDirectory directory, SalesforceConnector salesforce,
			TenderImports tenders) {
		this.capture = capture;
		this.directory = directory;
		this.salesforce = salesforce;
		this.tenders = tenders;
	}

	@GetMapping("/tenders")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.VIEW + "')")
	@Operation(summary = "List scraped public tenders (marchespublics.sn), newest first, with their draft")
	PageResponse<TenderImports.Tender> tenders(Caller caller, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.tenders.tenders(caller.workspaceId(), PageQuery.of(page, size));
	}

	record CrawlRequest(@Nullable @Size(max = 1000) String startUrl) {
	}

	@PostMapping("/tenders/crawls")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.CAPTURE + "')")
	@Operation(summary = "Start a resumable crawl of the tender listings (background job, retried with backoff)")
	TenderImports.Crawl startCrawl(Caller caller, @RequestBody(required = false) @Nullable CrawlRequest request) {
		return this.tenders.startCrawl(caller.workspaceId(), caller.actor(),
				(request != null) ? request.startUrl() : null);
	}

	@GetMapping("/tenders/crawls")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.VIEW + "')")
	@Operation(summary = "Recent tender crawls with their progress and problems")
	java.util.List<TenderImports.Crawl> crawls(Caller caller) {
		return this.tenders.crawls(caller.workspaceId(), 20);
	}

	@GetMapping("/tenders/crawls/{id}")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.VIEW + "')")
	TenderImports.Crawl crawl(Caller caller, @PathVariable UUID id) {
		return this.tenders.crawl(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("crawl"));
	}

	@GetMapping("/salesforce/status")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.VIEW + "')")
	@Operation(
			summary = "Salesforce connection status: instance, API usage (Sforce-Limit-Info), picklists, pending pushes")
	SalesforceConnector.Status salesforceStatus(Caller caller) {
		return this.salesforce.status(caller.workspaceId());
	}

	@GetMapping("/salesforce/pushes")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.VIEW + "')")
	@Operation(summary = "Recent Salesforce pushes with their state and errors")
	java.util.List<SalesforceConnector.Push> salesforcePushes(Caller caller,
			@RequestParam(required = false) @Nullable Integer limit) {
		return this.salesforce.pushes(caller.workspaceId(), (limit != null) ? limit : 50);
	}

	@PostMapping("/drafts/{id}/salesforce")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.APPROVE + "')")
	@Operation(
			summary = "Push an approved draft's account, contact and opportunity to Salesforce (one composite graph, "
					+ "upsert by external id); kept in the outbox and retried while Salesforce is unreachable")
	SalesforceConnector.Push pushToSalesforce(Caller caller, @PathVariable UUID id) {
		UUID opportunityId = this.capture.approvedOpportunity(caller.workspaceId(), id);
		return this.salesforce.pushNow(caller.workspaceId(), opportunityId, id)
			.orElseThrow(() -> new InvalidInputException("salesforce",
					"the workspace is not connected to Salesforce: connect it on /opportunities/salesforce"));
	}

	record TextSubmission(@NotBlank @Size(max = 100_000) String text, @Nullable LocalDate documentDate,
			@Nullable @Size(max = 20) String source) {
	}

	@PostMapping("/text")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.CAPTURE + "')")
	@Operation(summary = "Submit a text (note, pasted email, transcript); the same text twice returns the first draft")
	OpportunityDraft submitText(Caller caller, @Valid @RequestBody TextSubmission submission) {
		String source = (submission.source() != null) ? submission.source() : OpportunityCapture.TEXT;
		return this.capture.submit(caller.workspaceId(), caller.actor(),
				new OpportunityCapture.Submission(source, null, submission.text(), submission.documentDate()));
	}

	@PostMapping(path = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.CAPTURE + "')")
	@Operation(summary = "Process a file (email .eml, text, image, PDF, audio), recognised by its content; "
			+ "language (fr, en, auto) is the speech's language for audio")
	OpportunityDraft submitFile(Caller caller, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate documentDate,
			@RequestParam(required = false) @Nullable String language) throws IOException {
		return this.capture.submitFile(caller.workspaceId(), caller.actor(), file.getOriginalFilename(),
				file.getBytes(), documentDate, language);
	}

	@GetMapping("/drafts")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.VIEW + "')")
	@Operation(summary = "List detected opportunities (drafts), newest first")
	PageResponse<OpportunityDraft> drafts(Caller caller,
			@RequestParam(required = false) OpportunityDraft.@Nullable Status status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.capture.drafts(caller.workspaceId(), status, PageQuery.of(page, size));
	}

	@GetMapping("/drafts/{id}")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.VIEW + "')")
	OpportunityDraft draft(Caller caller, @PathVariable UUID id) {
		return this.capture.draft(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("draft"));
	}

	/**
	 * @param opportunityChoice {@code new}, {@code update:<opportunity id>}, or null to
	 * update the draft's sure {@code opportunityMatch}
	 */
	record ApprovalRequest(@Nullable Map<String, String> values, @Nullable String accountChoice,
			@Nullable String contactChoice, @Nullable @Size(max = 500) String note,
			@Nullable @Size(max = 60) String opportunityChoice) {
	}

	@PostMapping("/drafts/{id}/approve")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.APPROVE + "')")
	@Operation(summary = "Approve a draft (edited values optional): account, contact and opportunity in the local CRM")
	OpportunityDraft approve(Caller caller, @PathVariable UUID id, @Valid @RequestBody ApprovalRequest request) {
		return this.capture.approve(caller.workspaceId(), caller.actor(), id,
				new OpportunityCapture.Approval((request.values() != null) ? request.values() : Map.of(),
						request.accountChoice(), request.contactChoice(), request.note(), request.opportunityChoice()));
	}

	record RejectionRequest(@Nullable @Size(max = 500) String reason) {
	}

	@PostMapping("/drafts/{id}/reject")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.APPROVE + "')")
	OpportunityDraft reject(Caller caller, @PathVariable UUID id,
			@RequestBody(required = false) @Nullable RejectionRequest request) {
		return this.capture.reject(caller.workspaceId(), caller.actor(), id,
				(request != null) ? request.reason() : null);
	}

	@PostMapping("/accounts/from-last-text")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.APPROVE + "')")
	@Operation(summary = "Create an account from the last processed text (or link the sure match)")
	Account accountFromLastText(Caller caller) {
		OpportunityDraft draft = this.capture.latest(caller.workspaceId())
			.orElseThrow(() -> new NotFoundException("processed text"));
		String name = draft.values().get("accountName");
		if (name == null) {
			throw new InvalidInputException("accountName", "the last processed text names no account");
		}
		var match = this.directory.matchAccount(caller.workspaceId(), name);
		if (match.kind() == crmcopilot.crm.AccountMatch.Kind.SURE && match.existingId() != null) {
			return this.directory.account(caller.workspaceId(), match.existingId()).orElseThrow();
		}
		return this.directory.createAccount(caller.workspaceId(),
				new AccountDirectory.NewAccount(name, draft.values().get("country"), draft.values().get("city"),
						draft.values().get("industry"), draft.values().get("website"),
						draft.values().get("accountPhone")));
	}

	@PostMapping("/contacts/from-last-text")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.APPROVE + "')")
	@Operation(summary = "Create a contact from the last processed text (or link the sure match)")
	Contact contactFromLastText(Caller caller) {
		OpportunityDraft draft = this.capture.latest(caller.workspaceId())
			.orElseThrow(() -> new NotFoundException("processed text"));
		Map<String, String> v = draft.values();
		if (v.get("contactLastName") == null && v.get("email") == null) {
			throw new InvalidInputException("contactLastName", "the last processed text names no contact");
		}
		String full = (v.getOrDefault("contactFirstName", "") + " " + v.getOrDefault("contactLastName", "")).trim();
		var match = this.directory.matchContact(caller.workspaceId(), null, full, v.get("email"), v.get("phone"));
		if (match.kind() == crmcopilot.crm.AccountMatch.Kind.SURE && match.existingId() != null) {
			return this.directory.contact(caller.workspaceId(), match.existingId()).orElseThrow();
		}
		return this.directory.createContact(caller.workspaceId(),
				new AccountDirectory.NewContact(null, v.get("contactFirstName"), v.get("contactLastName"),
						v.get("contactTitle"), v.get("email"), v.get("phone")));
	}

}
