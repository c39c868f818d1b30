package crmcopilot.opportunities.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tender crawl; every default is here (set {@code COPILOT_TENDERS_<NAME>} to change
 * one: the prefix keeps the documented variables).
 *
 * @param listingUrl the first listing page of the public tenders site
 * @param maxAttempts attempts of a crawl that fails on the network before it is given up
 * @param maxPages listing pages read by one crawl
 * @param retryBackoff wait before the first retry of a failed crawl; doubled each time
 */
@ConfigurationProperties("copilot.tenders")
record TenderSettings(
		@DefaultValue("https://www.marchespublics.sn/index.php?option=com_marches&view=avis") String listingUrl,
		@DefaultValue("6") int maxAttempts, @DefaultValue("20") int maxPages,
		@DefaultValue("1m") Duration retryBackoff) {
}
