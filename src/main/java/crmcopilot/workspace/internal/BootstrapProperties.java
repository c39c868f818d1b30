package crmcopilot.workspace.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The workspace created once for {@code copilot.security.bootstrap-token} when the demo
 * is off, so that automation can drive a fresh install.
 *
 * @param name the company's name
 * @param locale {@code fr} or {@code en}
 * @param timeZone an IANA time zone
 * @param currency an ISO 4217 code
 */
@ConfigurationProperties("copilot.bootstrap")
record BootstrapProperties(@DefaultValue("Mon entreprise") String name, @DefaultValue("fr") String locale,
		@DefaultValue("Africa/Dakar") String timeZone, @DefaultValue("XOF") String currency) {

	WorkspaceProvisioning.Merchant merchant() {
		return new WorkspaceProvisioning.Merchant(this.name, this.locale, this.timeZone, this.currency);
	}

}
