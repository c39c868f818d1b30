package crmcopilot.support.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import crmcopilot.web.FormErrors;
import crmcopilot.support.SupportMessage;
import crmcopilot.support.internal.SupportPermissions;
import crmcopilot.support.Priority;
import crmcopilot.support.internal.MacroReplies;
import crmcopilot.support.internal.SupportStore;
import crmcopilot.support.internal.Ticket;
import crmcopilot.support.internal.TicketActions;
import crmcopilot.support.internal.TicketStatus;
import crmcopilot.support.internal.TriageSetups;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.WorkspaceUsers;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A ticket: its thread, the editable triage, the reply composer, assignment and status.
 */
@Controller
@RequestMapping("/support/tickets/{id}")
@PreAuthorize("hasAuthority('" + SupportPermissions.VIEW + "')")
class TicketController {

	static final String VIEW = "support/ticket";

	private final TicketActions actions;

	private final SupportStore store;

	private final TriageSetups setups;

	private final WorkspaceUsers users;

	private final MacroReplies macros;

	TicketController(TicketActions actions, SupportStore store, TriageSetups setups, WorkspaceUsers users,
			MacroReplies macros) {
		this.macros = macros;
		this.actions = actions;
		this.store = store;
		this.setups = setups;
		this.users = users;
	}

	@GetMapping
	String show(Caller caller, @PathVariable UUID id, Model model) {
		return page(caller, id, model);
	}

	@PostMapping("/reply")
	@PreAuthorize("hasAuthority('" + SupportPermissions.REPLY + "')")
	String reply(Caller caller, @PathVariable UUID id, @Valid ReplyForm replyForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				if (this.actions.ticket(caller, id).status() == TicketStatus.AUTO) {
					UUID followUp = replyForm.checksLastReply()
							? this.actions.correctAutomatic(caller, id, replyForm.getText(), replyForm.isFollowUp(),
									replyForm.lastReply())
							: this.actions.correctAutomatic(caller, id, replyForm.getText(), replyForm.isFollowUp());
					redirect.addFlashAttribute("message",
							(followUp != null) ? "support.reply.auto.followUp" : "support.reply.auto.corrected");
					return backTo(id);
				}
				if (replyForm.checksLastReply()) {
					this.actions.reply(caller, id, replyForm.getText(), replyForm.lastReply());
				}
				else {
					this.actions.reply(caller, id, replyForm.getText());
				}
				redirect.addFlashAttribute("message", "support.reply.sent");
				return backTo(id);
			}
			catch (InvalidInputException ex) {
				FormErrors.rejectValue(result, "text", ex, "support.reply.empty");
				if (TicketActions.REPLY_CONFLICT.equals(ex.messageKey())) {
					// the text typed stays; sending it again, once the new reply is read,
					// is a choice
					Ticket ticket = this.actions.ticket(caller, id);
					replyForm.setLastReply(this.actions.lastReplyId(caller.workspaceId(), ticket.threadId()));
				}
			}
		}
		return page(caller, id, model);
	}

	@PostMapping("/correct")
	@PreAuthorize("hasAuthority('" + SupportPermissions.REPLY + "')")
	String correct(Caller caller, @PathVariable UUID id, @Valid CorrectionForm correctionForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.actions.correct(caller, id, correctionForm.getField(), correctionForm.getValue());
				redirect.addFlashAttribute("message", "support.correction.saved");
				return backTo(id);
			}
			catch (InvalidInputException ex) {
				FormErrors.rejectValue(result, "value", ex, "support.correction.invalid");
			}
		}
		return page(caller, id, model);
	}

	private String page(Caller caller, UUID id, Model model) {
		Ticket ticket = this.actions.ticket(caller, id);
		SupportMessage first = this.store.message(caller.workspaceId(), ticket.messageId()).orElseThrow();
		List<SupportMessage> thread = this.store.threadMessages(caller.workspaceId(), ticket.threadId());
		// once a person has answered, the copilot's proposal for the first message is
		// stale
		boolean agentReplied = thread.stream().anyMatch((m) -> !m.incoming() && !"ai".equals(m.author()));
		if (!model.containsAttribute("replyForm")) {
			model.addAttribute("replyForm",
					new ReplyForm((first.triage() != null && !agentReplied) ? first.triage().reponse() : "",
							this.actions.lastReplyId(caller.workspaceId(), ticket.threadId())));
		}
		String language = (first.triage() != null) ? first.triage().langue() : first.language();
		model.addAttribute("macros", this.macros.forTicket(caller.workspaceId(), ticket, language));
		model.addAttribute("agentReplied", agentReplied);
		if (!model.containsAttribute("correctionForm")) {
			model.addAttribute("correctionForm", new CorrectionForm());
		}
		model.addAttribute("ticket", ticket);
		model.addAttribute("first", first);
		model.addAttribute("triage", first.triage());
		model.addAttribute("thread", thread);
		model.addAttribute("categories", this.setups.ensureDefaults(caller.workspaceId()));
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("statuses", TicketStatus.values());
		model.addAttribute("users", this.users.list(caller.workspaceId()));
		model.addAttribute("now", Instant.now());
		return VIEW;
	}

	private static String backTo(UUID id) {
		return "redirect:/support/tickets/" + id;
	}

	@PostMapping("/status")
	@PreAuthorize("hasAuthority('" + SupportPermissions.REPLY + "')")
	String status(Caller caller, @PathVariable UUID id, @RequestParam String status, RedirectAttributes redirect) {
		this.actions.status(caller, id, TicketStatus.of(status));
		redirect.addFlashAttribute("message", "support.ticket.updated");
		return backTo(id);
	}

	@PostMapping("/assign")
	@PreAuthorize("hasAuthority('" + SupportPermissions.REPLY + "')")
	String assign(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "") String assignee,
			RedirectAttributes redirect) {
		this.actions.assign(caller, id, assignee);
		redirect.addFlashAttribute("message", "support.ticket.updated");
		return backTo(id);
	}

}
