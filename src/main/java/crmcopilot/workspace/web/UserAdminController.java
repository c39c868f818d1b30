package crmcopilot.workspace.web;

import java.util.UUID;

import crmcopilot.web.FormErrors;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.internal.WorkspacePermissions;
import crmcopilot.workspace.internal.AccountService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('" + WorkspacePermissions.USERS_MANAGE + "')")
class UserAdminController {

	static final String VIEW = "workspace/users";

	private final AccountService accounts;

	UserAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String users(Caller caller, Model model) {
		model.addAttribute("users", this.accounts.users(caller));
		model.addAttribute("roles", Role.values());
		return VIEW;
	}

	@PostMapping
	String processCreationForm(Caller caller, @RequestParam String email, @RequestParam String displayName,
			@RequestParam Role role, @RequestParam(required = false) String password, RedirectAttributes redirect) {
		try {
			this.accounts.createUser(caller, email, displayName, role, password);
			redirect.addFlashAttribute("message", "users.created");
		}
		catch (InvalidInputException | IllegalArgumentException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/{userId}")
	String processUpdateForm(Caller caller, @PathVariable UUID userId, @RequestParam String displayName,
			@RequestParam Role role, @RequestParam(defaultValue = "false") boolean enabled,
			RedirectAttributes redirect) {
		try {
			if (!this.accounts.updateUser(caller, userId, displayName, role, enabled)) {
				throw new NotFoundException("user");
			}
			redirect.addFlashAttribute("message", "users.updated");
		}
		catch (InvalidInputException | IllegalArgumentException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/admin/users";
	}

}
