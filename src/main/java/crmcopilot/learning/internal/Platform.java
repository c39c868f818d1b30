package crmcopilot.learning.internal;

import java.util.UUID;

/** Platform-wide rows (global models, shared external data, worker journal entries). */
public final class Platform {

	/** Workspace id of platform-wide rows. */
	public static final UUID WORKSPACE = new UUID(0, 0);

	private Platform() {
	}

}
