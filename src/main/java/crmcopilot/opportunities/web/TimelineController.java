package crmcopilot.opportunities.web;

import java.util.UUID;
import java.util.stream.Collectors;

import crmcopilot.crm.AccountDirectory;
import crmcopilot.opportunities.internal.ActivityTimeline;
import crmcopilot.opportunities.internal.FollowUpService;
import crmcopilot.opportunities.internal.OpportunityPermissions;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.WorkspaceUser;
import crmcopilot.workspace.WorkspaceUsers;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The activity timeline of an account and of an opportunity, newest first. */
@Controller
@RequestMapping("/opportunities")
@PreAuthorize("hasAuthority('" + OpportunityPermissions.VIEW + "')")
class TimelineController {

	static final String TIMELINE = "opportunities/timeline";

	private static final int PAGE_SIZE = 25;

	private final ActivityTimeline timeline;

	private final AccountDirectory directory;

	private final FollowUpService followUps;

	private final WorkspaceUsers users;

	TimelineController(ActivityTimeline timeline, AccountDirectory directory, FollowUpService followUps,
			WorkspaceUsers users) {
		this.timeline = timeline;
		this.directory = directory;
		this.followUps = followUps;
		this.users = users;
	}

	/** The workspace's people by e-mail: the timeline names who did what. */
	private void people(Caller caller, Model model) {
		model.addAttribute("zone", this.followUps.zone(caller.workspaceId()));
		model.addAttribute("people",
				this.users.list(caller.workspaceId())
					.stream()
					.collect(Collectors.toMap(WorkspaceUser::email, WorkspaceUser::displayName, (a, b) -> a)));
	}

	@GetMapping("/accounts/{id}/history")
	String account(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer page,
			Model model) {
		model.addAttribute("activities",
				this.timeline.ofAccount(caller.workspaceId(), id, PageQuery.of(page, PAGE_SIZE)));
		model.addAttribute("subject",
				this.directory.account(caller.workspaceId(), id)
					.orElseThrow(() -> new NotFoundException("account"))
					.name());
		model.addAttribute("kind", "account");
		model.addAttribute("base", "/opportunities/accounts/" + id + "/history");
		model.addAttribute("crmLink", "/crm/accounts/" + id);
		people(caller, model);
		return TIMELINE;
	}

	@GetMapping("/deals/{id}/history")
	String opportunity(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer page,
			Model model) {
		var opportunity = this.directory.opportunity(caller.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("opportunity"));
		model.addAttribute("activities",
				this.timeline.ofOpportunity(caller.workspaceId(), id, PageQuery.of(page, PAGE_SIZE)));
		model.addAttribute("subject", opportunity.name());
		model.addAttribute("kind", "opportunity");
		model.addAttribute("base", "/opportunities/deals/" + id + "/history");
		model.addAttribute("crmLink", (opportunity.accountId() != null)
				? "/opportunities/accounts/" + opportunity.accountId() + "/history" : null);
		people(caller, model);
		return TIMELINE;
	}

}
