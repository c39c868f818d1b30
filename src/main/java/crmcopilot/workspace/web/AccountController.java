package crmcopilot.workspace.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import crmcopilot.web.FormErrors;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.internal.AccountService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: password change. */
@Controller
@RequestMapping("/account")
class AccountController {

	static final String VIEW = "workspace/account";

	private final AccountService accounts;

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	/** The password form; its constraint messages are keys of the workspace bundle. */
	record PasswordForm(@NotBlank(message = "account.password.wrong") @Nullable String currentPassword,
			@NotBlank(message = "account.password.tooShort") @Size(min = AccountService.MIN_PASSWORD_LENGTH,
					message = "account.password.tooShort") @Nullable String newPassword,
			@Nullable String confirmPassword) {
	}

	@GetMapping
	String initPasswordForm() {
		return VIEW;
	}

	@PostMapping("/password")
	String processPasswordForm(Caller caller, @Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmPassword())) {
			FormErrors.reject(result, "confirmPassword", "account.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				if (this.accounts.changeOwnPassword(caller, form.currentPassword(), form.newPassword())) {
					redirect.addFlashAttribute("message", "account.password.changed");
					return "redirect:/account";
				}
				FormErrors.reject(result, "currentPassword", "account.password.wrong");
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		FormErrors.showNextToFields(model, result);
		return VIEW;
	}

}
