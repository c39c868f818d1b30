package crmcopilot.opportunities.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sales mailbox poll: how often each workspace's mailbox is read.
 */
@ConfigurationProperties("copilot.opportunities.mailbox")
record MailboxSettings(@DefaultValue("2m") Duration pollInterval) {
}
