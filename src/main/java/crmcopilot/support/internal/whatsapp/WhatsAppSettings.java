package crmcopilot.support.internal.whatsapp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the WhatsApp Business channel; each workspace sets its own number, token
 * and secrets on the support settings page.
 *
 * @param baseUrl base URL of Meta's Graph API (a local fake in tests)
 * @param graphVersion version of the Graph API called
 * @param timeout connect and read timeout of the Graph API
 * @param maxMediaSize largest voice note downloaded for transcription
 */
@ConfigurationProperties("copilot.whatsapp")
record WhatsAppSettings(@DefaultValue(GraphApiClient.DEFAULT_BASE_URL) String baseUrl,
		@DefaultValue("v23.0") String graphVersion, @DefaultValue("15s") Duration timeout,
		@DefaultValue("16MB") DataSize maxMediaSize) {
}
