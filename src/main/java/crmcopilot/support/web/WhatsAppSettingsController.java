package crmcopilot.support.web;

import java.util.Map;

import crmcopilot.audit.AuditJournal;
import crmcopilot.support.internal.SupportPermissions;
import crmcopilot.support.internal.whatsapp.WhatsAppAccounts;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Workspaces;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The WhatsApp Business settings page: the number's id, token and secrets, the callback
 * URL and verify token to give Meta, and what is still missing.
 */
@Controller
@RequestMapping("/support/settings/whatsapp")
@PreAuthorize("hasAuthority('" + SupportPermissions.MANAGE + "')")
class WhatsAppSettingsController {

	static final String VIEW = "support/whatsappSettings";

	private final WhatsAppAccounts accounts;

	private final Workspaces workspaces;

	private final AuditJournal journal;

	private final String publicUrl;

	WhatsAppSettingsController(WhatsAppAccounts accounts, Workspaces workspaces, AuditJournal journal,
			@Value("${copilot.public-url:http://localhost:8080}") String publicUrl) {
		this.accounts = accounts;
		this.workspaces = workspaces;
		this.journal = journal;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@GetMapping
	String initForm(Caller caller, Model model) {
		model.addAttribute("whatsAppSettingsForm", WhatsAppSettingsForm.of(this.accounts.stored(caller.workspaceId())));
		return page(caller, model);
	}

	@PostMapping
	String processForm(Caller caller, @Valid WhatsAppSettingsForm whatsAppSettingsForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(caller, model);
		}
		this.accounts.save(caller.workspaceId(), whatsAppSettingsForm.changes());
		SupportSettingsController.saved(this.journal, caller, "whatsapp",
				Map.of("phoneNumberId", whatsAppSettingsForm.getPhoneNumberId().strip()));
		redirect.addFlashAttribute("message", "support.settings.saved");
		return "redirect:/support/settings/whatsapp";
	}

	private String page(Caller caller, Model model) {
		String slug = this.workspaces.find(caller.workspaceId()).orElseThrow().slug();
		model.addAttribute("stored", this.accounts.stored(caller.workspaceId()));
		model.addAttribute("missing", this.accounts.missing(caller.workspaceId()));
		model.addAttribute("callbackUrl", this.publicUrl + "/hooks/support/" + slug + "/whatsapp");
		return VIEW;
	}

}
