package crmcopilot.shared.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox drainer.
 *
 * @param interval how often due items are delivered ({@code COPILOT_OUTBOX_INTERVAL})
 */
@ConfigurationProperties("copilot.outbox")
record OutboxSettings(@DefaultValue("15s") Duration interval) {
}
