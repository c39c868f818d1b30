package crmcopilot.workspace.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param bootstrapToken value of an ADMIN API token to guarantee for the demo workspace,
 * or, without the demo, for a workspace created once for it (see
 * {@code copilot.bootstrap.*})
 * @param secretKey key material for secrets at rest; a key file is generated when empty
 */
@ConfigurationProperties("copilot.security")
record SecurityProperties(String bootstrapToken, String secretKey, Oidc oidc) {

	/** OpenID Connect single sign-on, enabled when {@code issuerUri} is set. */
	record Oidc(String issuerUri, String clientId, String clientSecret, String label) {

		boolean enabled() {
			return this.issuerUri != null && !this.issuerUri.isBlank();
		}

	}

}
