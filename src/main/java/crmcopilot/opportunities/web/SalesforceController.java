package crmcopilot.opportunities.web;

import java.util.UUID;

import crmcopilot.crm.SalesforceConnector;
import crmcopilot.opportunities.OpportunityCapture;
import crmcopilot.opportunities.OpportunityDraft;
import crmcopilot.opportunities.OpportunityPermissions;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Salesforce connection pages (connect with login, sandbox or My Domain host; callback;
 * status with limits, picklists and recent pushes; disconnect) and the draft's push
 * button.
 */
@Controller
@RequestMapping("/opportunities")
@PreAuthorize("hasAuthority('" + OpportunityPermissions.VIEW + "')")
class SalesforceController {

	static final String STATUS = "opportunities/salesforce";

	private final SalesforceConnector salesforce;

	private final OpportunityCapture capture;

	private final String publicUrl;

	SalesforceController(SalesforceConnector salesforce, OpportunityCapture capture,
			@Value("${copilot.public-url}") String publicUrl) {
		this.salesforce = salesforce;
		this.capture = capture;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	private String callbackUrl() {
		return this.publicUrl + "/opportunities/salesforce/callback";
	}

	@GetMapping("/salesforce")
	String status(Caller caller, Model model) {
		model.addAttribute("sf", this.salesforce.status(caller.workspaceId()));
		model.addAttribute("pushes", this.salesforce.pushes(caller.workspaceId(), 20));
		model.addAttribute("callbackUrl", callbackUrl());
		return STATUS;
	}

	@PostMapping("/salesforce/connect")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.SALESFORCE + "')")
	String connect(Caller caller, @RequestParam(defaultValue = "login") String host, Model model) {
		try {
			return "redirect:"
					+ this.salesforce.authorizationUrl(caller.workspaceId(), caller.actor(), host, callbackUrl());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errorText", ex.getMessage());
			return status(caller, model);
		}
	}

	@GetMapping("/salesforce/callback")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.SALESFORCE + "')")
	String callback(Caller caller, @RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String error,
			@RequestParam(name = "error_description", required = false) @Nullable String errorDescription, Model model,
			RedirectAttributes redirect) {
		if (error != null || code == null || state == null) {
			model.addAttribute("errorText",
					(errorDescription != null) ? errorDescription : (error != null) ? error : "missing code or state");
			return status(caller, model);
		}
		try {
			this.salesforce.completeAuthorization(caller.workspaceId(), caller.actor(), state, code);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errorText", ex.getMessage());
			return status(caller, model);
		}
		redirect.addFlashAttribute("message", "opportunities.salesforce.connected");
		return "redirect:/opportunities/salesforce";
	}

	@PostMapping("/salesforce/disconnect")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.SALESFORCE + "')")
	String disconnect(Caller caller, RedirectAttributes redirect) {
		this.salesforce.disconnect(caller.workspaceId(), caller.actor());
		redirect.addFlashAttribute("message", "opportunities.salesforce.disconnected");
		return "redirect:/opportunities/salesforce";
	}

	@PostMapping("/drafts/{id}/salesforce")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.APPROVE + "')")
	String push(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		OpportunityDraft draft = this.capture.draft(caller.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("draft"));
		if (draft.opportunityId() == null) {
			throw new InvalidInputException("id", "approve the draft before pushing it");
		}
		boolean queued = this.salesforce.pushNow(caller.workspaceId(), draft.opportunityId(), id).isPresent();
		redirect.addFlashAttribute("message",
				queued ? "opportunities.salesforce.pushed" : "opportunities.salesforce.notConnected");
		return "redirect:/opportunities/drafts/" + id;
	}

}
