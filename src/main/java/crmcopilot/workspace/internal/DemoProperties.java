package crmcopilot.workspace.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param password the password of every demo user (see README)
 */
@ConfigurationProperties("copilot.demo")
record DemoProperties(boolean enabled, String password) {
}
