package crmcopilot.opportunities.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sales mailbox poll; the default is here (set
 * {@code COPILOT_OPPORTUNITIES_MAILBOX_INTERVAL} to change it).
 *
 * @param interval how often each workspace's mailbox is read into captures
 */
@ConfigurationProperties("copilot.opportunities.mailbox")
record MailboxSettings(@DefaultValue("2m") Duration interval) {
}
