package crmcopilot.crm;

/** Permissions of the local CRM's accounts, contacts and opportunities. */
public final class AccountPermissions {

	public static final String VIEW = "crm.accounts.view";

	public static final String EDIT = "crm.accounts.edit";

	private AccountPermissions() {
	}

}
