package crmcopilot.support.internal;

import java.util.List;

/** The kinds of outbox items support enqueues, each delivered by one of its channels. */
public final class OutboxKinds {

	/** A reply by mail through the workspace's SMTP server; the target is the address. */
	public static final String EMAIL = "EMAIL";

	/** A JSON POST to a callback or notification URL. */
	public static final String WEBHOOK = "WEBHOOK";

	/** An SMS through Twilio's REST API; the target is the phone number. */
	public static final String TWILIO = "TWILIO";

	/**
	 * A WhatsApp message through the Cloud API; the target is the customer's WhatsApp id.
	 */
	public static final String WHATSAPP = "WHATSAPP";

	/** Every kind, as the outbox page lists them. */
	public static final List<String> ALL = List.of(EMAIL, TWILIO, WEBHOOK, WHATSAPP);

	private OutboxKinds() {
	}

}
