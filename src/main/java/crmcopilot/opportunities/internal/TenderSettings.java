package crmcopilot.opportunities.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tender crawl: where the listing starts, how often a failed crawl is retried (with
 * exponential backoff from {@code retryBackoff}) and how many listing pages are read.
 */
@ConfigurationProperties("copilot.opportunities.tenders")
record TenderSettings(
		@DefaultValue("https://www.marchespublics.sn/index.php?option=com_marches&view=avis") String listingUrl,
		@DefaultValue("6") int maxAttempts, @DefaultValue("20") int maxPages,
		@DefaultValue("1m") Duration retryBackoff) {
}
