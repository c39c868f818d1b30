package crmcopilot.workspace.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('" + WorkspacePermissions.USERS_MANAGE + "')")
class UserAdminController {

	static final String VIEW = "workspace/users";

	private static final String REDIRECT = "redirect:/admin/users";

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

	/** The creation form; its messages are keys of the workspace bundle. */
	record NewUserForm(@NotBlank(message = "workspace.error.email-required") @Nullable String email,
			@NotBlank(message = "workspace.error.display-name") @Size(max = 200,
					message = "workspace.error.display-name") @Nullable String displayName,
			@NotNull(message = FormErrors.GENERIC) @Nullable Role role, @Nullable String password) {
	}

	@PostMapping
	String processCreationForm(Caller caller, @Valid NewUserForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormErrors.flash(redirect, result);
			return REDIRECT;
		}
		try {
			this.accounts.createUser(caller, form.email(), form.displayName(), form.role(), form.password());
			redirect.addFlashAttribute("message", "users.created");
		}
		catch (InvalidInputException ex) {
			FormErrors.flash(redirect, ex);
		}
		return REDIRECT;
	}

	/** A row of the user table; its messages are keys of the workspace bundle. */
	record UserUpdateForm(
			@NotBlank(message = "workspace.error.display-name") @Size(max = 200,
					message = "workspace.error.display-name") @Nullable String displayName,
			@NotNull(message = FormErrors.GENERIC) @Nullable Role role, @Nullable Boolean enabled) {

		/** An unticked box is not posted at all. */
		boolean enabledTicked() {
			return Boolean.TRUE.equals(this.enabled);
		}

	}

	@PostMapping("/{userId}")
	String processUpdateForm(Caller caller, @PathVariable UUID userId, @Valid UserUpdateForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormErrors.flash(redirect, result);
			return REDIRECT;
		}
		try {
			if (!this.accounts.updateUser(caller, userId, form.displayName(), form.role(), form.enabledTicked())) {
				throw new NotFoundException("user");
			}
			redirect.addFlashAttribute("message", "users.updated");
		}
		catch (InvalidInputException ex) {
			FormErrors.flash(redirect, ex);
		}
		return REDIRECT;
	}

}
