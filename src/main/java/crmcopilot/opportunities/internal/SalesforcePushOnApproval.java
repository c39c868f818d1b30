package crmcopilot.opportunities.internal;

import crmcopilot.crm.SalesforceConnector;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** An approved draft is queued for Salesforce when the workspace is connected. */
@Component
class SalesforcePushOnApproval {

	private final SalesforceConnector salesforce;

	SalesforcePushOnApproval(SalesforceConnector salesforce) {
		this.salesforce = salesforce;
	}

	@ApplicationModuleListener
	void on(OpportunityApproved approved) {
		this.salesforce.enqueuePush(approved.workspaceId(), approved.opportunityId(), approved.draftId());
	}

}
