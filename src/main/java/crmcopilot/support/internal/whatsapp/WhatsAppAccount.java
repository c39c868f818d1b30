package crmcopilot.support.internal.whatsapp;

import org.jspecify.annotations.Nullable;

/**
 * A workspace's WhatsApp Business number, as replies need it.
 *
 * @param phoneNumberId the Cloud API's id of the sending number (not the number itself)
 * @param template the approved template sent outside the 24-hour customer-service window,
 * its body having one parameter for the reply, or null when none is approved
 */
public record WhatsAppAccount(String phoneNumberId, String accessToken, @Nullable String template,
		String templateLanguage) {

	@Override
	public String toString() {
		return "WhatsAppAccount[" + this.phoneNumberId + "]";
	}

}
