package crmcopilot.support.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the support copilot ({@code config/support.properties}); each workspace may
 * override the threshold, minutes per message, hours and SLAs in its settings.
 *
 * @param autoThreshold minimum category confidence for an automatic answer
 * @param minutesPerMessage minutes a person spends on one message (time saved)
 * @param imapPollInterval how often mailboxes are read
 * @param maxAttempts deliveries tried before an outbox item is given up
 * @param formRateLimit contact form posts accepted per address and window
 * @param formRateWindow the rate-limit window
 * @param timeout connect and read timeout of SMTP, IMAP, webhooks and Twilio
 * @param twilioBaseUrl base URL of Twilio's REST API ({@code COPILOT_TWILIO_BASE_URL})
 * @param classifierCascade the category classifier answers from its n-gram model alone
 * when that one is at least this sure, and embeds the message only otherwise (1: always)
 */
@ConfigurationProperties("copilot.support")
record SupportSettings(double autoThreshold, int minutesPerMessage, Duration imapPollInterval, int maxAttempts,
		int formRateLimit, Duration formRateWindow, Duration timeout,
		@DefaultValue(TwilioClient.DEFAULT_BASE_URL) String twilioBaseUrl,
		@DefaultValue("0.8") double classifierCascade) {
}
