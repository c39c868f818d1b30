package crmcopilot.learning.internal.federation;

/**
 * An agent asked to join a secure round on a global version that is no longer current.
 */
public class StaleRoundException extends IllegalStateException {

	private final int currentVersion;

	public StaleRoundException(int currentVersion) {
		super("stale base version; pull the current model (version " + currentVersion + ")");
		this.currentVersion = currentVersion;
	}

	public int currentVersion() {
		return this.currentVersion;
	}

}
