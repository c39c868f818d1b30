package crmcopilot.matching.internal;

/** Permissions of the matching module. */
public final class MatchingPermissions {

	/** Shopper profiles, clients, weights and the assignment board. */
	public static final String MANAGE = "matching.manage";

	/** A shopper's own space: their assigned clients only. */
	public static final String SPACE = "matching.space";

	private MatchingPermissions() {
	}

}
