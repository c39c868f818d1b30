package crmcopilot.workspace.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
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

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** API tokens: created (the value shown once) and revoked by an administrator. */
@Controller
@RequestMapping("/admin/tokens")
@PreAuthorize("hasAuthority('" + WorkspacePermissions.TOKENS_MANAGE + "')")
class TokenAdminController {

	static final String VIEW = "workspace/tokens";

	private static final String REDIRECT = "redirect:/admin/tokens";

	private final AccountService accounts;

	TokenAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String tokens(Caller caller, Model model) {
		model.addAttribute("tokens", this.accounts.tokens(caller));
		model.addAttribute("roles", Role.values());
		return VIEW;
	}

	/** The creation form; its messages are keys of the workspace bundle. */
	record TokenForm(
			@NotBlank(message = "workspace.error.token-name") @Size(max = 120,
					message = "workspace.error.token-name") @Nullable String name,
			@NotNull(message = FormErrors.GENERIC) @Nullable Role role,
			@Future(message = "workspace.error.token-expiry") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expires) {
	}

	@PostMapping
	String processCreationForm(Caller caller, @Valid TokenForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormErrors.flash(redirect, result);
			return REDIRECT;
		}
		try {
			AccountService.IssuedToken issued = this.accounts.issueToken(caller, form.name().trim(), form.role(),
					(form.expires() != null) ? form.expires().atStartOfDay().toInstant(ZoneOffset.UTC) : null);
			redirect.addFlashAttribute("issued", issued);
		}
		catch (InvalidInputException ex) {
			FormErrors.flash(redirect, ex);
		}
		return REDIRECT;
	}

	@PostMapping("/{tokenId}/revoke")
	String revoke(Caller caller, @PathVariable UUID tokenId, RedirectAttributes redirect) {
		if (!this.accounts.revokeToken(caller, tokenId)) {
			throw new NotFoundException("token");
		}
		redirect.addFlashAttribute("message", "tokens.revoked");
		return REDIRECT;
	}

}
