package crmcopilot.crm.salesforce;

import java.time.Duration;
import java.util.List;

import crmcopilot.shared.outbox.RetryPolicy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's connected app and connector behaviour; every default is here (set
 * {@code COPILOT_SALESFORCE_<NAME>} to change one: the prefix keeps the documented
 * variables). Pushes are delivered by the shared outbox
 * ({@code copilot.outbox.interval}).
 *
 * @param clientId consumer key of the connected app (empty: connector disabled)
 * @param clientSecret consumer secret (optional with PKCE)
 * @param apiVersion REST API version called
 * @param externalIdField external id field of Account, Contact and Opportunity the pushes
 * upsert by
 * @param allowedHosts extra login hosts besides login/test.salesforce.com and My Domains
 * @param timeout connect and read timeout of every call to Salesforce
 * @param retryBackoff wait before the first retry of a push; doubled after each failed
 * attempt, at most six hours
 * @param maxAttempts attempts of a push before it is given up
 */
@ConfigurationProperties("copilot.salesforce")
record SalesforceSettings(@DefaultValue("") String clientId, @DefaultValue("") String clientSecret,
		@DefaultValue("v62.0") String apiVersion, @DefaultValue("CrmCopilot_Id__c") String externalIdField,
		@DefaultValue List<String> allowedHosts, @DefaultValue("20s") Duration timeout,
		@DefaultValue("1m") Duration retryBackoff, @DefaultValue("12") int maxAttempts) {

	boolean configured() {
		return !this.clientId.isBlank();
	}

	/** Attempts and backoff of every delivery to Salesforce (pushes and Tasks). */
	RetryPolicy retryPolicy() {
		return new RetryPolicy(maxAttempts(), retryBackoff(), Duration.ofHours(6));
	}

}
