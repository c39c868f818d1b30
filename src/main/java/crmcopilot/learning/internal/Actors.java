package crmcopilot.learning.internal;

/** Who acts in the journal: a person, or the platform itself. */
public final class Actors {

	/** The actor of scheduled and demo work. */
	public static final String SYSTEM = "system";

	private Actors() {
	}

	/** The journal's actor type: {@code system} for the platform, else {@code user}. */
	public static String type(String actor) {
		return actor.equals(SYSTEM) ? "system" : "user";
	}

}
