package crmcopilot.opportunities.web;

import java.util.Locale;
import java.util.UUID;

import crmcopilot.opportunities.internal.FollowUpService;
import crmcopilot.opportunities.internal.OpportunityPermissions;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;

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

	/** Where done and postponed return when they were clicked on the home page. */
	static final String FROM_HOME = "home";

	private final FollowUpService followUps;

	private final FollowUpRows rows;

	FollowUpController(FollowUpService followUps, FollowUpRows rows) {
		this.followUps = followUps;
		this.rows = rows;
	}

	@GetMapping
	String list(Caller caller, Locale locale, Model model) {
		model.addAttribute("rows", this.rows.openOf(caller.workspaceId(), caller.actor(), 100, locale));
		return FOLLOW_UPS;
	}

	@PostMapping("/{id}/done")
	String done(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable String from,
			RedirectAttributes redirect) {
		this.followUps.done(caller.workspaceId(), caller.actor(), id);
		redirect.addFlashAttribute("message", "opportunities.followup.flash.done");
		return back(from);
	}

	@PostMapping("/{id}/postpone")
	String postpone(Caller caller, @PathVariable UUID id, @RequestParam int days,
			@RequestParam(required = false) @Nullable String from, RedirectAttributes redirect) {
		this.followUps.postpone(caller.workspaceId(), caller.actor(), id, days);
		redirect.addFlashAttribute("message", "opportunities.followup.flash.postponed");
		return back(from);
	}

	private static String back(@Nullable String from) {
		return FROM_HOME.equals(from) ? "redirect:/" : "redirect:/opportunities/follow-ups";
	}

}
