package crmcopilot.opportunities;

/** Permissions of the sales copilot. */
public final class OpportunityPermissions {

	public static final String VIEW = "opportunities.view";

	public static final String CAPTURE = "opportunities.capture";

	public static final String APPROVE = "opportunities.approve";

	/** Connect or disconnect the workspace's Salesforce org. */
	public static final String SALESFORCE = "opportunities.salesforce";

	/** Configure the sales mailbox read into captures. */
	public static final String SETTINGS = "opportunities.settings";

	private OpportunityPermissions() {
	}

}
