package crmcopilot.web.internal;

import org.apache.coyote.http11.AbstractHttp11Protocol;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Tomcat ends a request body refused before it was read to the end (an upload over
 * its limit): it reads and discards up to {@link #MAX_DISCARDED_BYTES} of the rest, so
 * the client, still sending, receives the 413 problem+json rather than a reset
 * connection; anything longer closes the connection. Discarding allocates nothing.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitsConfiguration {

	/** Above the largest request the service accepts (multipart requests, 30 MB). */
	static final int MAX_DISCARDED_BYTES = 64 * 1024 * 1024;

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> discardRefusedUploads() {
		return (factory) -> factory.addConnectorCustomizers((connector) -> {
			if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
				http.setMaxSwallowSize(MAX_DISCARDED_BYTES);
			}
		});
	}

}
