package crmcopilot.opportunities.web;

import java.util.Locale;

import crmcopilot.web.FormErrors;
import crmcopilot.opportunities.internal.MailboxCapture;
import crmcopilot.opportunities.internal.OpportunityPermissions;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The opportunities settings page: the sales mailbox read into captures, its last poll
 * and the mails it read.
 */
@Controller
@RequestMapping("/opportunities/settings")
@PreAuthorize("hasAuthority('" + OpportunityPermissions.SETTINGS + "')")
class MailboxController {

	static final String VIEW = "opportunities/settings";

	private final MailboxCapture mailboxes;

	MailboxController(MailboxCapture mailboxes) {
		this.mailboxes = mailboxes;
	}

	@GetMapping
	String settings(Caller caller, Model model) {
		model.addAttribute("mailbox", this.mailboxes.mailbox(caller.workspaceId()));
		model.addAttribute("poll", this.mailboxes.status(caller.workspaceId()));
		model.addAttribute("mails", this.mailboxes.recent(caller.workspaceId(), 20));
		return VIEW;
	}

	@PostMapping("/mailbox")
	String save(Caller caller, @RequestParam(required = false) @Nullable String host,
			@RequestParam(required = false) @Nullable String port,
			@RequestParam(required = false, defaultValue = "false") boolean ssl,
			@RequestParam(required = false) @Nullable String folder,
			@RequestParam(required = false) @Nullable String user,
			@RequestParam(required = false) @Nullable String password, Model model, RedirectAttributes redirect) {
		try {
			this.mailboxes.configure(caller.workspaceId(), host, port, ssl, folder, user, password);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(model, ex);
			return settings(caller, model);
		}
		redirect.addFlashAttribute("message", "opportunities.mailbox.saved");
		return "redirect:/opportunities/settings";
	}

	@PostMapping("/mailbox/poll")
	String poll(Caller caller, Model model, RedirectAttributes redirect) {
		try {
			int created = this.mailboxes.poll(caller.workspaceId());
			redirect.addFlashAttribute("polled", created);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(model, ex);
			return settings(caller, model);
		}
		catch (IllegalStateException ex) {
			// kept as the last poll's error, shown by the page
		}
		return "redirect:/opportunities/settings";
	}

}
