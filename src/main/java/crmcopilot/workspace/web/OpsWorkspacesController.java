package crmcopilot.workspace.web;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.web.FormErrors;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.internal.WorkspacePermissions;
import crmcopilot.workspace.internal.WorkspaceProvisioning;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operators' page: the merchants' workspaces, and a new one with its first ADMIN
 * token, shown in the answer to the creation only (never kept in the session).
 */
@Controller
@RequestMapping("/ops/workspaces")
@PreAuthorize("hasAuthority('" + WorkspacePermissions.WORKSPACES_CREATE + "')")
class OpsWorkspacesController {

	static final String VIEW = "workspace/ops";

	private static final String DEFAULT_CURRENCY = "XOF";

	private final WorkspaceProvisioning provisioning;

	OpsWorkspacesController(WorkspaceProvisioning provisioning) {
		this.provisioning = provisioning;
	}

	@GetMapping
	String initCreationForm(Model model) {
		return show(model, "", "fr", "Africa/Dakar");
	}

	@PostMapping
	String processCreationForm(Caller caller, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "fr") String locale, @RequestParam(defaultValue = "") String timeZone,
			Model model) {
		try {
			WorkspaceProvisioning.Provisioned created = this.provisioning.createWithToken(
					new WorkspaceProvisioning.Merchant(name, locale, timeZone, DEFAULT_CURRENCY), caller.actor());
			model.addAttribute("created", created);
			return show(model, "", "fr", "Africa/Dakar");
		}
		catch (InvalidInputException ex) {
			FormErrors.show(model, ex);
			return show(model, name, locale, timeZone);
		}
	}

	private String show(Model model, @Nullable String name, String locale, String timeZone) {
		model.addAttribute("workspaces", this.provisioning.summaries());
		model.addAttribute("timeZones", SettingsAdminController.TIME_ZONES);
		model.addAttribute("name", name);
		model.addAttribute("locale", locale);
		model.addAttribute("timeZone", timeZone);
		return VIEW;
	}

}
