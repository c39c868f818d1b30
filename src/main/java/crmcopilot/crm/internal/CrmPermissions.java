package crmcopilot.crm.internal;

/** Permissions of the local CRM and its Salesforce connection. */
public final class CrmPermissions {

	public static final String VIEW = "crm.accounts.view";

	public static final String EDIT = "crm.accounts.edit";

	/** Connect or disconnect the workspace's Salesforce org. */
	public static final String SALESFORCE = "crm.salesforce";

	private CrmPermissions() {
	}

}
