package crmcopilot.opportunities;

/** Permissions of the sales copilot. */
public final class OpportunityPermissions {

	public static final String VIEW = "opportunities.view";

	public static final String CAPTURE = "opportunities.capture";

	public static final String APPROVE = "opportunities.approve";

	private OpportunityPermissions() {
	}

}
