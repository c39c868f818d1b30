package crmcopilot.crawler.internal;

import crmcopilot.crawler.PoliteFetcher;
import crmcopilot.crawler.ProductPageParser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CrawlerConfiguration {

	@Bean
	PoliteFetcher politeFetcher(CrawlerSettings settings) {
		return new PoliteFetcher(settings.toConfig());
	}

	@Bean
	ProductPageParser productPageParser() {
		return new ProductPageParser();
	}

}
