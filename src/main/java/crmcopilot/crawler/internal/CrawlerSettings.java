package crmcopilot.crawler.internal;

import java.time.Duration;
import java.util.Set;

import crmcopilot.crawler.PoliteFetcher;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Crawler settings (see config/crawler.properties).
 *
 * @param allowedHosts hosts exempt from the SSRF guard (operators only; empty by default)
 */
@ConfigurationProperties("copilot.crawler")
record CrawlerSettings(String userAgent, String contactUrl, Duration connectTimeout, Duration readTimeout,
		Duration minDelayPerHost, Duration retryBackoff, Duration robotsCacheTtl, Set<String> allowedHosts) {

	PoliteFetcher.Config toConfig() {
		return new PoliteFetcher.Config(this.userAgent, this.contactUrl, this.connectTimeout, this.readTimeout,
				this.minDelayPerHost, this.retryBackoff, this.robotsCacheTtl, this.allowedHosts);
	}

}
