package crmcopilot.support.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the support copilot, and the single source of their defaults; each is set
 * by the environment variable {@code COPILOT_SUPPORT_<NAME>} (for example
 * {@code COPILOT_SUPPORT_AUTO_THRESHOLD}). Each workspace may override the threshold,
 * minutes per message, hours and SLAs in its settings.
 *
 * @param autoThreshold minimum category confidence for an automatic answer
 * @param minutesPerMessage minutes a person spends on one message (time saved)
 * @param imapPollInterval how often mailboxes are read
 * @param maxAttempts deliveries of a reply (mail, SMS, webhook) tried before its outbox
 * item is given up
 * @param formRateLimit contact form posts accepted per address and window
 * @param formRateWindow the contact form's rate-limit window
 * @param timeout connect and read timeout of webhooks and Twilio
 * @param twilioBaseUrl base URL of Twilio's REST API (a local fake in tests)
 * @param classifierCascade on English messages, the category classifier answers from its
 * n-gram model alone when that one is at least this sure, and embeds the message only
 * otherwise (1: always embed; lower is faster, higher more accurate on ambiguous
 * messages); the sentence-embedding model reads English only, so other messages are
 * classified by the n-gram model
 */
@ConfigurationProperties("copilot.support")
public record SupportSettings(@DefaultValue("0.6") double autoThreshold, @DefaultValue("8") int minutesPerMessage,
		@DefaultValue("60s") Duration imapPollInterval, @DefaultValue("20") int maxAttempts,
		@DefaultValue("5") int formRateLimit, @DefaultValue("10m") Duration formRateWindow,
		@DefaultValue("15s") Duration timeout, @DefaultValue(TwilioClient.DEFAULT_BASE_URL) String twilioBaseUrl,
		@DefaultValue("0.8") double classifierCascade) {
}
