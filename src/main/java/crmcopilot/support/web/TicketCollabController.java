package crmcopilot.support.web;

import java.util.UUID;

import crmcopilot.support.internal.MacroReplies;
import crmcopilot.support.internal.SupportPermissions;
import crmcopilot.support.internal.Ticket;
import crmcopilot.support.internal.TicketActions;
import crmcopilot.support.internal.TicketPresence;
import crmcopilot.workspace.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ticket page's small fragments for working together: who else has the ticket open
 * (each page reports and asks every few seconds), and the reply box filled with a macro.
 */
@Controller
@RequestMapping("/support/tickets/{id}")
@PreAuthorize("hasAuthority('" + SupportPermissions.VIEW + "')")
class TicketCollabController {

	static final String FRAGMENTS = "support/ticket-collab";

	private final TicketActions actions;

	private final TicketPresence presence;

	private final MacroReplies macros;

	TicketCollabController(TicketActions actions, TicketPresence presence, MacroReplies macros) {
		this.actions = actions;
		this.presence = presence;
		this.macros = macros;
	}

	/**
	 * @param writing the agent typed in the reply box since the last report
	 */
	@PostMapping("/presence")
	String presence(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean writing,
			Model model) {
		Ticket ticket = this.actions.ticket(caller, id);
		this.presence.report(caller.workspaceId(), ticket.id(), caller.actor(), caller.name(), writing);
		model.addAttribute("others", this.presence.others(caller.workspaceId(), ticket.id(), caller.actor()));
		return FRAGMENTS + " :: others";
	}

	/** The reply box filled with the macro chosen in the ticket's list. */
	@GetMapping("/macros")
	@PreAuthorize("hasAuthority('" + SupportPermissions.REPLY + "')")
	String macro(Caller caller, @PathVariable UUID id, @RequestParam("macro") UUID macroId, Model model) {
		Ticket ticket = this.actions.ticket(caller, id);
		model.addAttribute("ticketId", ticket.id());
		MacroReplies.Reply reply = this.macros.reply(caller, ticket.id(), macroId);
		model.addAttribute("text", reply.text());
		model.addAttribute("lang", reply.language());
		return FRAGMENTS + " :: replyBox";
	}

}
