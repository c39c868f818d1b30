package crmcopilot.support.internal.whatsapp;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WhatsAppSettings.class)
class WhatsAppConfiguration {

	@Bean
	GraphApiClient graphApiClient(WhatsAppSettings settings, JsonMapper json) {
		return new GraphApiClient(settings.baseUrl(), settings.graphVersion(), settings.timeout(),
				settings.maxMediaSize().toBytes(), json);
	}

}
