package crmcopilot.crawler.internal;

import java.time.Duration;
import java.util.Set;

import crmcopilot.crawler.PoliteFetcher;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the crawler fetches public pages; every default is here (set
 * {@code COPILOT_CRAWLER_<NAME>} to change one: the property names keep the documented
 * variables {@code COPILOT_CRAWLER_MIN_DELAY} and {@code COPILOT_CRAWLER_ROBOTS_TTL}).
 *
 * @param userAgent the robots.txt token of the User-Agent header
 * @param contactUrl the page where site owners learn about the crawler (by default
 * {@code <public-url>/public/crawler}, set in config/crawler.properties)
 * @param connectTimeout time allowed to open a connection
 * @param readTimeout time allowed for an answer
 * @param minDelay shortest gap between two requests to one host (a longer robots.txt
 * Crawl-delay wins, up to 30 s)
 * @param retryBackoff wait before the first retry of a failed request; doubled each time
 * @param robotsTtl how long a host's robots.txt is kept
 * @param allowedHosts hosts the SSRF guard lets through (operators only; empty by
 * default)
 */
@ConfigurationProperties("copilot.crawler")
record CrawlerSettings(@DefaultValue("crm-copilot-bot") String userAgent, String contactUrl,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("15s") Duration readTimeout,
		@DefaultValue("2s") Duration minDelay, @DefaultValue("1s") Duration retryBackoff,
		@DefaultValue("6h") Duration robotsTtl, @DefaultValue Set<String> allowedHosts) {

	PoliteFetcher.Config toConfig() {
		return new PoliteFetcher.Config(this.userAgent, this.contactUrl, this.connectTimeout, this.readTimeout,
				this.minDelay, this.retryBackoff, this.robotsTtl, this.allowedHosts);
	}

}
