package crmcopilot.workspace.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.web.FormErrors;
import crmcopilot.workspace.internal.AccountService;
import crmcopilot.workspace.internal.WorkspaceProvisioning;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The first visit of a fresh install without the demo: the company and its first
 * administrator. Once a workspace exists the page is gone (it leads to the login page).
 */
@Controller
class SetupController {

	static final String VIEW = "workspace/setup";

	private final WorkspaceProvisioning provisioning;

	SetupController(WorkspaceProvisioning provisioning) {
		this.provisioning = provisioning;
	}

	/** The set-up form; its constraint messages are keys of the workspace bundle. */
	record SetupForm(@NotBlank(message = "workspace.error.workspace-name") @Nullable String name,
			@Nullable String locale, @Nullable String timeZone, @Nullable String currency,
			@NotBlank(message = "workspace.error.email-required") @Nullable String email,
			@NotBlank(message = "account.password.tooShort") @Size(min = AccountService.MIN_PASSWORD_LENGTH,
					message = "account.password.tooShort") @Nullable String password) {

		static SetupForm defaults() {
			return new SetupForm("", "fr", "Africa/Dakar", "XOF", "", "");
		}

	}

	@GetMapping("/setup")
	String initSetupForm(Model model) {
		if (!this.provisioning.freshInstall()) {
			return "redirect:/login";
		}
		model.addAttribute("form", SetupForm.defaults());
		return VIEW;
	}

	@PostMapping("/setup")
	String processSetupForm(@Valid @ModelAttribute("form") SetupForm form, BindingResult result, Model model) {
		if (!this.provisioning.freshInstall()) {
			return "redirect:/login";
		}
		if (!result.hasErrors()) {
			try {
				this.provisioning.createWithAdministrator(
						new WorkspaceProvisioning.Merchant(text(form.name()), text(form.locale()),
								text(form.timeZone()), text(form.currency())),
						text(form.email()), text(form.password()));
				return "redirect:/login?setup";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		FormErrors.showNextToFields(model, result);
		return VIEW;
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

}
