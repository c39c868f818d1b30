package crmcopilot.support.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import crmcopilot.support.internal.SupportPermissions;
import crmcopilot.support.Priority;
import crmcopilot.support.internal.TicketActions;
import crmcopilot.support.internal.TicketStatus;
import crmcopilot.support.internal.TicketStore;
import crmcopilot.support.internal.TriageSetups;
import crmcopilot.shared.PageQuery;
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

/** The agents' inbox of tickets: filters, search, pages, live refresh, bulk actions. */
@Controller
@RequestMapping("/support")
@PreAuthorize("hasAuthority('" + SupportPermissions.VIEW + "')")
class InboxController {

	static final String VIEW = "support/inbox";

	static final String ROWS = "support/inbox :: rows";

	private final TicketStore tickets;

	private final TicketActions actions;

	private final TriageSetups setups;

	InboxController(TicketStore tickets, TicketActions actions, TriageSetups setups) {
		this.tickets = tickets;
		this.actions = actions;
		this.setups = setups;
	}

	@GetMapping
	String inbox(Caller caller, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String categorie,
			@RequestParam(required = false) @Nullable String priorite,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(defaultValue = "false") boolean slaAtRisk, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(defaultValue = "false") boolean rows,
			Model model) {
		String statusFilter = (status == null) ? "open" : (status.isBlank() ? null : status);
		TicketStore.Filter filter = new TicketStore.Filter(statusFilter, blank(categorie), blank(priorite),
				blank(channel), blank(assignee), slaAtRisk, blank(q));
		model.addAttribute("tickets",
				this.tickets.search(caller.workspaceId(), filter, PageQuery.of(page, 25), Instant.now()));
		model.addAttribute("now", Instant.now());
		model.addAttribute("filter", filter);
		model.addAttribute("status", (status == null) ? "open" : status);
		model.addAttribute("statuses", TicketStatus.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("categories", this.setups.ensureDefaults(caller.workspaceId()));
		model.addAttribute("assignees", this.tickets.assignees(caller.workspaceId()));
		model.addAttribute("channels", List.of("email", "form", "api", "sms", "webhook", "social"));
		return rows ? ROWS : VIEW;
	}

	@PostMapping("/bulk")
	@PreAuthorize("hasAuthority('" + SupportPermissions.REPLY + "')")
	String bulk(Caller caller, @RequestParam(name = "ids", required = false) @Nullable List<UUID> ids,
			@RequestParam String operation, @RequestParam(defaultValue = "") String value,
			RedirectAttributes redirect) {
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("error", "support.bulk.none");
			return "redirect:/support";
		}
		for (UUID id : ids) {
			switch (operation) {
				case "status" -> this.actions.status(caller, id, TicketStatus.of(value));
				case "assign" -> this.actions.assign(caller, id, value.equals("me") ? caller.actor() : value);
				default -> throw new crmcopilot.shared.InvalidInputException("operation", "status or assign");
			}
		}
		redirect.addFlashAttribute("message", "support.bulk.done");
		return "redirect:/support";
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
