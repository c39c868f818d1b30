package crmcopilot.workspace.web;

import java.io.IOException;
import java.util.List;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.web.FormErrors;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.internal.AccountService;
import crmcopilot.workspace.internal.LogoImage;
import crmcopilot.workspace.internal.MerchantBrandings;
import crmcopilot.workspace.internal.WorkspacePermissions;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the merchant appears on its public forms (display name, logo, accent colour), and
 * the forms' addresses to copy into its own site.
 */
@Controller
@RequestMapping("/admin/settings/branding")
@PreAuthorize("hasAuthority('" + WorkspacePermissions.SETTINGS_MANAGE + "')")
class BrandingAdminController {

	static final String VIEW = "workspace/branding";

	private static final String REDIRECT = "redirect:/admin/settings/branding";

	/**
	 * The public forms the copilots serve for a workspace (support's contact form,
	 * matching's client form), by their message key. Listed here rather than asked of
	 * those modules, which depend on this one.
	 */
	static final List<PublicForm> PUBLIC_FORMS = List.of(new PublicForm("support", "/public/support/"),
			new PublicForm("matching", "/public/matching/"));

	record PublicForm(String key, String pathPrefix) {
	}

	/** A public form's absolute address for this workspace. */
	record PublicAddress(String key, String url) {
	}

	private final AccountService accounts;

	private final MerchantBrandings brandings;

	private final PublicBranding publicBranding;

	private final String publicUrl;

	BrandingAdminController(AccountService accounts, MerchantBrandings brandings, PublicBranding publicBranding,
			@Value("${copilot.public-url}") String publicUrl) {
		this.accounts = accounts;
		this.brandings = brandings;
		this.publicBranding = publicBranding;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@GetMapping
	String show(Caller caller, Model model) {
		Workspace workspace = this.accounts.workspace(caller);
		model.addAttribute("branding", this.brandings.branding(workspace.id()));
		model.addAttribute("workspaceName", workspace.name());
		model.addAttribute("merchant", this.publicBranding.of(workspace));
		model.addAttribute("addresses",
				PUBLIC_FORMS.stream()
					.map((form) -> new PublicAddress(form.key(), this.publicUrl + form.pathPrefix() + workspace.slug()))
					.toList());
		model.addAttribute("maxLogoKb", LogoImage.MAX_BYTES / 1024);
		model.addAttribute("maxLogoSide", LogoImage.MAX_SIDE);
		return VIEW;
	}

	@PostMapping
	String update(Caller caller, @RequestParam(required = false) @Nullable String displayName,
			@RequestParam(required = false) @Nullable String accent, RedirectAttributes redirect) {
		try {
			this.brandings.update(caller, displayName, accent);
			redirect.addFlashAttribute("message", "branding.saved");
		}
		catch (InvalidInputException ex) {
			FormErrors.flash(redirect, ex);
		}
		return REDIRECT;
	}

	@PostMapping("/logo")
	String uploadLogo(Caller caller, @RequestParam("logo") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			// the declared size is checked before the bytes are read into memory
			if (file.getSize() > LogoImage.MAX_BYTES) {
				throw LogoImage.tooLarge();
			}
			this.brandings.replaceLogo(caller, LogoImage.of(file.getBytes()));
			redirect.addFlashAttribute("message", "branding.logo.saved");
		}
		catch (InvalidInputException ex) {
			FormErrors.flash(redirect, ex);
		}
		return REDIRECT;
	}

	@PostMapping("/logo/remove")
	String removeLogo(Caller caller, RedirectAttributes redirect) {
		this.brandings.removeLogo(caller);
		redirect.addFlashAttribute("message", "branding.logo.removed");
		return REDIRECT;
	}

}
