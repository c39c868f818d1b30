package crmcopilot.workspace.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** API tokens: created (the value shown once) and revoked by an administrator. */
@Controller
@RequestMapping("/admin/tokens")
@PreAuthorize("hasAuthority('" + WorkspacePermissions.TOKENS_MANAGE + "')")
class TokenAdminController {

	static final String VIEW = "workspace/tokens";

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

	@PostMapping
	String processCreationForm(Caller caller, @RequestParam String name, @RequestParam Role role,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expires,
			RedirectAttributes redirect) {
		try {
			if (expires != null && !expires.isAfter(LocalDate.now())) {
				throw new InvalidInputException("expires", "workspace.error.token-expiry", new Object[0],
						"the expiry date must be in the future");
			}
			AccountService.IssuedToken issued = this.accounts.issueToken(caller, name.trim(), role,
					(expires != null) ? expires.atStartOfDay().toInstant(ZoneOffset.UTC) : null);
			redirect.addFlashAttribute("issued", issued);
		}
		catch (InvalidInputException | IllegalArgumentException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/admin/tokens";
	}

	@PostMapping("/{tokenId}/revoke")
	String revoke(Caller caller, @PathVariable UUID tokenId, RedirectAttributes redirect) {
		if (!this.accounts.revokeToken(caller, tokenId)) {
			throw new NotFoundException("token");
		}
		redirect.addFlashAttribute("message", "tokens.revoked");
		return "redirect:/admin/tokens";
	}

}
