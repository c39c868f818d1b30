package crmcopilot.workspace.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import crmcopilot.web.FormErrors;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Permissions;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.internal.WorkspacePermissions;
import crmcopilot.workspace.internal.AccountService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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

	/** The settings form; its constraint messages are keys of the workspace bundle. */
	record SettingsForm(
			@NotBlank(message = "workspace.error.workspace-name") @Size(max = 200,
					message = "workspace.error.workspace-name") @Nullable String name,
			@Pattern(regexp = "fr|en", message = "workspace.error.language") @Nullable String locale,
			@NotBlank(message = "workspace.error.timezone") @Nullable String timeZone,
			@NotBlank(message = FormErrors.GENERIC) @Nullable String privacyLevel) {

		static SettingsForm of(Workspace workspace) {
			return new SettingsForm(workspace.name(), workspace.locale().getLanguage(), workspace.timeZone().getId(),
					workspace.privacyLevel().code());
		}

	}

	@GetMapping
	String initUpdateForm(Caller caller, Model model) {
		return show(model, SettingsForm.of(this.accounts.workspace(caller)));
	}

	@PostMapping
	String processUpdateForm(Caller caller, @Valid @ModelAttribute("form") SettingsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("timeZone") && !knownTimeZone(form.timeZone())) {
			FormErrors.reject(result, "timeZone", "workspace.error.timezone");
		}
		PrivacyLevel privacy = privacyLevel(form.privacyLevel());
		if (privacy == null && !result.hasFieldErrors("privacyLevel")) {
			FormErrors.reject(result, "privacyLevel", FormErrors.GENERIC);
		}
		if (!result.hasErrors() && privacy != null) {
			try {
				this.accounts.updateWorkspace(caller, form.name(), form.locale(), form.timeZone(), privacy);
				redirect.addFlashAttribute("message", "settings.saved");
				return "redirect:/admin/settings";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		FormErrors.showNextToFields(model, result);
		return show(model, form);
	}

	private String show(Model model, SettingsForm form) {
		model.addAttribute("form", form);
		model.addAttribute("privacyLevels", PrivacyLevel.values());
		model.addAttribute("timeZones", TIME_ZONES);
		Map<String, Set<Role>> all = this.permissions.all();
		model.addAttribute("permissions", all);
		model.addAttribute("roles", Role.values());
		return VIEW;
	}

	private static boolean knownTimeZone(@Nullable String timeZone) {
		try {
			return timeZone != null && ZoneId.of(timeZone) != null;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static @Nullable PrivacyLevel privacyLevel(@Nullable String code) {
		try {
			return (code != null) ? PrivacyLevel.fromCode(code) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
