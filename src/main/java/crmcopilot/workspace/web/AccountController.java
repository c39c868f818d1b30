package crmcopilot.workspace.web;

import crmcopilot.web.FormErrors;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.internal.AccountService;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	@GetMapping
	String initPasswordForm() {
		return VIEW;
	}

	@PostMapping("/password")
	String processPasswordForm(Caller caller, @RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String confirmPassword, RedirectAttributes redirect) {
		if (!newPassword.equals(confirmPassword)) {
			redirect.addFlashAttribute("error", "account.password.mismatch");
		}
		else if (newPassword.length() < AccountService.MIN_PASSWORD_LENGTH) {
			redirect.addFlashAttribute("error", "account.password.tooShort");
		}
		else {
			try {
				boolean changed = this.accounts.changeOwnPassword(caller, currentPassword, newPassword);
				redirect.addFlashAttribute(changed ? "message" : "error",
						changed ? "account.password.changed" : "account.password.wrong");
			}
			catch (InvalidInputException | IllegalArgumentException ex) {
				FormErrors.flash(redirect, ex);
			}
		}
		return "redirect:/account";
	}

}
