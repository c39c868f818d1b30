package crmcopilot.opportunities.internal;

/** Permissions of the sales copilot. */
public final class OpportunityPermissions {

	public static final String VIEW = "opportunities.view";

	public static final String CAPTURE = "opportunities.capture";

	public static final String APPROVE = "opportunities.approve";

	/** Configure the sales mailbox read into captures. */
	public static final String SETTINGS = "opportunities.settings";

	private OpportunityPermissions() {
	}

}
