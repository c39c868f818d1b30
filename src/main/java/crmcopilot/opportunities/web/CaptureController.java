package crmcopilot.opportunities.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import crmcopilot.web.FormErrors;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.SalesforceConnector;
import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.internal.OpportunityCapture;
import crmcopilot.opportunities.internal.OpportunityDraft;
import crmcopilot.opportunities.internal.OpportunityPermissions;
import crmcopilot.opportunities.internal.WorkspaceCalendar;
import crmcopilot.opportunities.internal.TenderImports;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Capture and review pages: paste or upload a source, review the draft, approve or
 * reject.
 */
@Controller
@RequestMapping("/opportunities")
@PreAuthorize("hasAuthority('" + OpportunityPermissions.VIEW + "')")
class CaptureController {

	static final String INDEX = "opportunities/capture";

	static final String REVIEW = "opportunities/review";

	/** Form fields in display order. */
	static final List<String> FIELDS = List.of("opportunityName", "accountName", "closeDate", "stage", "type",
			"leadSource", "amount", "currency", "country", "city", "industry", "website", "accountPhone",
			"contactFirstName", "contactLastName", "contactTitle", "contactRole", "email", "phone", "nextStep",
			"description");

	static final List<String> TYPES = List.of("Vente directe", "Renouvellement hors contrat", "Contrat de maintenance",
			"Projet");

	/** Salesforce's standard OpportunityContactRole roles; the first is the default. */
	static final List<String> CONTACT_ROLES = List.of("Decision Maker", "Economic Buyer", "Economic Decision Maker",
			"Technical Buyer", "Evaluator", "Executive Sponsor", "Influencer", "Business User", "Other");

	private final OpportunityCapture capture;

	private final AccountDirectory directory;

	private final TenderImports tenders;

	private final SalesforceConnector salesforce;

	private final WorkspaceCalendar calendar;

	CaptureController(OpportunityCapture capture, AccountDirectory directory, TenderImports tenders,
			SalesforceConnector salesforce, WorkspaceCalendar calendar) {
		this.calendar = calendar;
		this.capture = capture;
		this.directory = directory;
		this.tenders = tenders;
		this.salesforce = salesforce;
	}

	@PostMapping("/tenders/import-samples")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.CAPTURE + "')")
	String importSampleTenders(Caller caller, RedirectAttributes redirect) {
		redirect.addFlashAttribute("tenderReport",
				this.tenders.importSamplePages(caller.workspaceId(), caller.actor()));
		return "redirect:/opportunities";
	}

	@PostMapping("/tenders/crawl")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.CAPTURE + "')")
	String crawlTenders(Caller caller, RedirectAttributes redirect) {
		this.tenders.startCrawl(caller.workspaceId(), caller.actor(), null);
		redirect.addFlashAttribute("message", "opportunities.tendersCrawlStarted");
		return "redirect:/opportunities";
	}

	@GetMapping
	String index(Caller caller, @RequestParam(required = false) OpportunityDraft.@Nullable Status status,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("drafts", this.capture.drafts(caller.workspaceId(), status, PageQuery.of(page, 25)));
		model.addAttribute("status", status);
		model.addAttribute("statuses", OpportunityDraft.Status.values());
		model.addAttribute("today", this.calendar.today(caller.workspaceId()));
		model.addAttribute("crawls", this.tenders.crawls(caller.workspaceId(), 3));
		return INDEX;
	}

	@PostMapping("/text")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.CAPTURE + "')")
	String submitText(Caller caller, @RequestParam String text,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate documentDate,
			Model model, RedirectAttributes redirect) {
		try {
			OpportunityDraft draft = this.capture.submit(caller.workspaceId(), caller.actor(),
					new OpportunityCapture.Submission(OpportunityCapture.TEXT, null, text, documentDate));
			return redirectTo(draft, redirect);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(model, ex);
			model.addAttribute("pasted", text);
			return index(caller, null, null, model);
		}
	}

	@PostMapping("/upload")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.CAPTURE + "')")
	String upload(Caller caller, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate documentDate,
			@RequestParam(required = false) @Nullable String language, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			OpportunityDraft draft = this.capture.submitFile(caller.workspaceId(), caller.actor(),
					file.getOriginalFilename(), file.getBytes(), documentDate, language);
			return redirectTo(draft, redirect);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(model, ex);
			return index(caller, null, null, model);
		}
	}

	private static String redirectTo(OpportunityDraft draft, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message",
				draft.duplicate() ? "opportunities.flash.duplicate" : "opportunities.flash.extracted");
		return "redirect:/opportunities/drafts/" + draft.id();
	}

	@GetMapping("/drafts/{id}")
	String review(Caller caller, @PathVariable UUID id, Model model) {
		OpportunityDraft draft = this.capture.draft(caller.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("draft"));
		model.addAttribute("draft", draft);
		model.addAttribute("fields", FIELDS);
		model.addAttribute("types", TYPES);
		model.addAttribute("contactRoles", CONTACT_ROLES);
		model.addAttribute("leadSources", ExtractionRequest.DEFAULT_LEAD_SOURCES);
		model.addAttribute("segments", Highlights.of(draft.text(), draft.extraction().fields()));
		model.addAttribute("extracted", draft.extraction().fields());
		if (draft.opportunityMatch() != null) {
			model.addAttribute("dealChanges",
					FieldChanges.of(draft.opportunityMatch().changes(), LocaleContextHolder.getLocale()));
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", draft.values());
		}
		if (draft.accountId() != null) {
			model.addAttribute("account", this.directory.account(caller.workspaceId(), draft.accountId()).orElse(null));
		}
		if (draft.opportunityId() != null) {
			model.addAttribute("sfConnected", this.salesforce.status(caller.workspaceId()).connected());
			model.addAttribute("sfPush",
					this.salesforce.push(caller.workspaceId(), draft.opportunityId()).orElse(null));
		}
		return REVIEW;
	}

	@PostMapping("/drafts/{id}/approve")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.APPROVE + "')")
	String approve(Caller caller, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : FIELDS) {
			if (form.containsKey(field)) {
				values.put(field, form.get(field));
			}
		}
		try {
			this.capture.approve(caller.workspaceId(), caller.actor(), id,
					new OpportunityCapture.Approval(values, blankToNull(form.get("accountChoice")),
							blankToNull(form.get("contactChoice")), null, blankToNull(form.get("opportunityChoice"))));
		}
		catch (InvalidInputException ex) {
			FormErrors.show(model, ex);
			model.addAttribute("form", values);
			return review(caller, id, model);
		}
		redirect.addFlashAttribute("message", "opportunities.flash.approved");
		return "redirect:/opportunities/drafts/" + id;
	}

	@PostMapping("/drafts/{id}/reject")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.APPROVE + "')")
	String reject(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		this.capture.reject(caller.workspaceId(), caller.actor(), id, blankToNull(reason));
		redirect.addFlashAttribute("message", "opportunities.flash.rejected");
		return "redirect:/opportunities";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
