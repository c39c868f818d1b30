package crmcopilot.workspace.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import crmcopilot.web.FormErrors;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Permissions;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.internal.WorkspacePermissions;
import crmcopilot.workspace.internal.AccountService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Workspace settings: name, language, time zone, privacy level; and the permission map.
 */
@Controller
@RequestMapping("/admin/settings")
@PreAuthorize("hasAuthority('" + WorkspacePermissions.SETTINGS_MANAGE + "')")
class SettingsAdminController {

	static final String VIEW = "workspace/settings";

	static final List<String> TIME_ZONES = List.of("Europe/Paris", "Africa/Dakar", "Africa/Abidjan",
			"Africa/Casablanca", "Africa/Bamako", "Europe/Brussels", "Europe/London", "UTC");

	private final AccountService accounts;

	private final Permissions permissions;

	SettingsAdminController(AccountService accounts, Permissions permissions) {
		this.accounts = accounts;
		this.permissions = permissions;
	}

	@GetMapping
	String initUpdateForm(Caller caller, Model model) {
		model.addAttribute("workspace", this.accounts.workspace(caller));
		model.addAttribute("privacyLevels", PrivacyLevel.values());
		model.addAttribute("timeZones", TIME_ZONES);
		Map<String, Set<Role>> all = this.permissions.all();
		model.addAttribute("permissions", all);
		model.addAttribute("roles", Role.values());
		return VIEW;
	}

	@PostMapping
	String processUpdateForm(Caller caller, @RequestParam String name, @RequestParam String locale,
			@RequestParam String timeZone, @RequestParam String privacyLevel, RedirectAttributes redirect) {
		try {
			if (!List.of("fr", "en").contains(locale)) {
				throw new InvalidInputException("locale", "workspace.error.language", new Object[0],
						"language must be fr or en");
			}
			checkTimeZone(timeZone);
			this.accounts.updateWorkspace(caller, name, locale, timeZone, PrivacyLevel.fromCode(privacyLevel));
			redirect.addFlashAttribute("message", "settings.saved");
		}
		catch (InvalidInputException | IllegalArgumentException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/admin/settings";
	}

	private static void checkTimeZone(String timeZone) {
		try {
			ZoneId.of(timeZone);
		}
		catch (java.time.DateTimeException ex) {
			throw new InvalidInputException("timeZone", "workspace.error.timezone", new Object[0],
					"unknown time zone: " + timeZone);
		}
	}

}
