package crmcopilot.shared;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link SsrfGuard} every module's outbound client checks its targets with. */
@Configuration(proxyBeanMethods = false)
class OutboundConfiguration {

	@Bean
	SsrfGuard outboundGuard(Settings settings) {
		return new SsrfGuard(settings.allowedHosts());
	}

	/**
	 * Outbound connections to addresses a workspace sets.
	 *
	 * @param allowedHosts private hosts the workspaces may nevertheless reach (exact host
	 * names or literal IPs: an on-premise Ollama, a local IMAP server); empty by default
	 */
	@ConfigurationProperties("copilot.outbound")
	record Settings(@DefaultValue Set<String> allowedHosts) {
	}

}
