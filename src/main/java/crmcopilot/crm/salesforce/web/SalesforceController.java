package crmcopilot.crm.salesforce.web;

import jakarta.validation.Valid;

import crmcopilot.crm.SalesforceConnector;
import crmcopilot.crm.internal.CrmPermissions;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Salesforce connection pages (connect with login, sandbox or My Domain host; callback;
 * status with limits, picklists and recent pushes; disconnect). Their addresses stay
 * under {@code /opportunities}, where the sales copilot links to them.
 */
@Controller
@RequestMapping("/opportunities/salesforce")
@PreAuthorize("hasAuthority('" + CrmPermissions.VIEW + "')")
class SalesforceController {

	static final String STATUS = "crm/salesforce";

	private static final String FORM = "connectForm";

	private final SalesforceConnector salesforce;

	private final String publicUrl;

	SalesforceController(SalesforceConnector salesforce, @Value("${copilot.public-url}") String publicUrl) {
		this.salesforce = salesforce;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	private String callbackUrl() {
		return this.publicUrl + "/opportunities/salesforce/callback";
	}

	@GetMapping
	String status(Caller caller, Model model) {
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, SalesforceConnectForm.initial());
		}
		model.addAttribute("sf", this.salesforce.status(caller.workspaceId()));
		model.addAttribute("pushes", this.salesforce.pushes(caller.workspaceId(), 20));
		model.addAttribute("callbackUrl", callbackUrl());
		return STATUS;
	}

	@PostMapping("/connect")
	@PreAuthorize("hasAuthority('" + CrmPermissions.SALESFORCE + "')")
	String connect(Caller caller, @Valid @ModelAttribute(FORM) SalesforceConnectForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				return "redirect:" + this.salesforce.authorizationUrl(caller.workspaceId(), caller.actor(), form.host(),
						callbackUrl());
			}
			catch (InvalidInputException ex) {
				result.rejectValue("host", (ex.messageKey() != null) ? ex.messageKey() : "crm.salesforce.error.host",
						ex.arguments(), ex.getMessage());
			}
		}
		return status(caller, model);
	}

	@GetMapping("/callback")
	@PreAuthorize("hasAuthority('" + CrmPermissions.SALESFORCE + "')")
	String callback(Caller caller, @RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String error,
			@RequestParam(name = "error_description", required = false) @Nullable String errorDescription, Model model,
			RedirectAttributes redirect) {
		if (error != null) {
			return failed(caller, model, "crm.salesforce.error.callback",
					(errorDescription != null) ? errorDescription : error);
		}
		if (code == null || state == null) {
			return failed(caller, model, "crm.salesforce.error.missingCode");
		}
		try {
			this.salesforce.completeAuthorization(caller.workspaceId(), caller.actor(), state, code);
		}
		catch (InvalidInputException ex) {
			return failed(caller, model, ex.messageKey(), ex.arguments());
		}
		redirect.addFlashAttribute("message", "opportunities.salesforce.connected");
		return "redirect:/opportunities/salesforce";
	}

	private String failed(Caller caller, Model model, @Nullable String key, Object... arguments) {
		model.addAttribute("errorKey", (key != null) ? key : "crm.salesforce.error.missingCode");
		model.addAttribute("errorArguments", arguments);
		return status(caller, model);
	}

	@PostMapping("/disconnect")
	@PreAuthorize("hasAuthority('" + CrmPermissions.SALESFORCE + "')")
	String disconnect(Caller caller, RedirectAttributes redirect) {
		this.salesforce.disconnect(caller.workspaceId(), caller.actor());
		redirect.addFlashAttribute("message", "opportunities.salesforce.disconnected");
		return "redirect:/opportunities/salesforce";
	}

}
