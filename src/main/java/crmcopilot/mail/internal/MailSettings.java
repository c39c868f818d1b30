package crmcopilot.mail.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of mail reading and sending.
 *
 * @param timeout connect, read and write timeout of IMAP and SMTP connections
 */
@ConfigurationProperties("copilot.mail")
record MailSettings(@DefaultValue("15s") Duration timeout) {
}
