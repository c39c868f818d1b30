package crmcopilot.opportunities.internal;

import crmcopilot.crm.SalesforceConnector;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An approved draft is queued for Salesforce when the workspace is connected, then its
 * follow-ups as Tasks.
 */
@Component
class SalesforcePushOnApproval {

	private final SalesforceConnector salesforce;

	private final FollowUpService followUps;

	SalesforcePushOnApproval(SalesforceConnector salesforce, FollowUpService followUps) {
		this.salesforce = salesforce;
		this.followUps = followUps;
	}

	@ApplicationModuleListener
	void on(OpportunityApproved approved) {
		this.salesforce.enqueuePush(approved.workspaceId(), approved.opportunityId(), approved.draftId())
			.ifPresent((push) -> this.followUps.pushTasks(approved.workspaceId(), approved.draftId()));
	}

}
