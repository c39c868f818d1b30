package crmcopilot.workspace.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param bootstrapToken value of an ADMIN API token to guarantee for the demo workspace
 * @param secretKey key material for secrets at rest; a key file is generated when empty
 * @param maxFailedLogins failures before an account is locked for {@code lockout}
 */
@ConfigurationProperties("copilot.security")
record SecurityProperties(String bootstrapToken, String secretKey, int maxFailedLogins, Duration lockout, Oidc oidc) {

	/** OpenID Connect single sign-on, enabled when {@code issuerUri} is set. */
	record Oidc(String issuerUri, String clientId, String clientSecret, String label) {

		boolean enabled() {
			return this.issuerUri != null && !this.issuerUri.isBlank();
		}

	}

}
