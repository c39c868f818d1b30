package crmcopilot.opportunities.web;

import java.util.UUID;

import crmcopilot.crm.SalesforceConnector;
import crmcopilot.opportunities.internal.OpportunityCapture;
import crmcopilot.opportunities.internal.OpportunityPermissions;
import crmcopilot.workspace.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review page's button sending an approved draft's opportunity to Salesforce. */
@Controller
class SalesforcePushController {

	private final SalesforceConnector salesforce;

	private final OpportunityCapture capture;

	SalesforcePushController(SalesforceConnector salesforce, OpportunityCapture capture) {
		this.salesforce = salesforce;
		this.capture = capture;
	}

	@PostMapping("/opportunities/drafts/{id}/salesforce")
	@PreAuthorize("hasAuthority('" + OpportunityPermissions.APPROVE + "')")
	String push(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		UUID opportunityId = this.capture.approvedOpportunity(caller.workspaceId(), id);
		boolean queued = this.salesforce.pushNow(caller.workspaceId(), opportunityId, id).isPresent();
		redirect.addFlashAttribute("message",
				queued ? "opportunities.salesforce.pushed" : "opportunities.salesforce.notConnected");
		return "redirect:/opportunities/drafts/" + id;
	}

}
