package crmcopilot.support.internal;

/**
 * A ticket's life: new → open → waiting for the customer → resolved; a message answered
 * automatically opens a ticket already answered, waiting for an agent's review. Stored
 * (and shown in the API and message keys) by its code, unchanged since the first release.
 */
public enum TicketStatus {

	NEW("nouveau"), OPEN("ouvert"), WAITING("en_attente"), RESOLVED("resolu"), AUTO("reponse_auto");

	private final String code;

	TicketStatus(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	/** The status of a stored code (or of a constant's name). */
	public static TicketStatus of(String code) {
		for (TicketStatus status : values()) {
			if (status.code.equals(code) || status.name().equalsIgnoreCase(code)) {
				return status;
			}
		}
		throw new IllegalArgumentException("unknown status: " + code);
	}

}
