package crmcopilot.campaigns;

/** Permissions of the campaigns module. */
public final class CampaignPermissions {

	/** See campaign runs, personas and briefs. */
	public static final String VIEW = "campaigns.view";

	/** Create and run campaigns, connect customer sources. */
	public static final String RUN = "campaigns.run";

	/** Make the human choice of the persona. */
	public static final String CHOOSE = "campaigns.choose";

	private CampaignPermissions() {
	}

}
