package crmcopilot.opportunities.web;

import java.util.UUID;

import crmcopilot.opportunities.internal.FollowUpService;
import crmcopilot.opportunities.internal.OpportunityPermissions;
import crmcopilot.workspace.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's follow-ups, overdue first; each done or postponed (a day, a week)
 * in one click.
 */
@Controller
@RequestMapping("/opportunities/follow-ups")
@PreAuthorize("hasAuthority('" + OpportunityPermissions.VIEW + "')")
class FollowUpController {

	static final String FOLLOW_UPS = "opportunities/followUps";

	private final FollowUpService followUps;

	FollowUpController(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@GetMapping
	String list(Caller caller, Model model) {
		model.addAttribute("followUps", this.followUps.openOf(caller.workspaceId(), caller.actor()));
		model.addAttribute("today", this.followUps.today(caller.workspaceId()));
		model.addAttribute("postponements", FollowUpService.POSTPONEMENTS);
		return FOLLOW_UPS;
	}

	@PostMapping("/{id}/done")
	String done(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		this.followUps.done(caller.workspaceId(), caller.actor(), id);
		redirect.addFlashAttribute("message", "opportunities.followup.flash.done");
		return "redirect:/opportunities/follow-ups";
	}

	@PostMapping("/{id}/postpone")
	String postpone(Caller caller, @PathVariable UUID id, @RequestParam int days, RedirectAttributes redirect) {
		this.followUps.postpone(caller.workspaceId(), caller.actor(), id, days);
		redirect.addFlashAttribute("message", "opportunities.followup.flash.postponed");
		return "redirect:/opportunities/follow-ups";
	}

}
