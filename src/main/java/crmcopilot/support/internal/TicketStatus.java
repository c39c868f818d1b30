package crmcopilot.support.internal;

/** A ticket's life: nouveau → ouvert → en attente → résolu. */
public enum TicketStatus {

	NOUVEAU("nouveau"), OUVERT("ouvert"), EN_ATTENTE("en_attente"), RESOLU("resolu");

	private final String code;

	TicketStatus(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static TicketStatus of(String code) {
		for (TicketStatus status : values()) {
			if (status.code.equals(code) || status.name().equalsIgnoreCase(code)) {
				return status;
			}
		}
		throw new IllegalArgumentException("unknown status: " + code);
	}

}
