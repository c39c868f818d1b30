package crmcopilot.crm.salesforce;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's connected app and connector behaviour.
 *
 * @param clientId consumer key of the connected app (empty: connector disabled)
 * @param clientSecret consumer secret (optional with PKCE)
 * @param allowedHosts extra login hosts besides login/test.salesforce.com and My Domains
 */
@ConfigurationProperties("copilot.crm.salesforce")
record SalesforceSettings(@DefaultValue("") String clientId, @DefaultValue("") String clientSecret,
		@DefaultValue("v62.0") String apiVersion, @DefaultValue("CrmCopilot_Id__c") String externalIdField,
		@DefaultValue List<String> allowedHosts, @DefaultValue("20s") Duration timeout,
		@DefaultValue("30s") Duration outboxInterval, @DefaultValue("1m") Duration retryBackoff,
		@DefaultValue("12") int maxAttempts) {

	boolean configured() {
		return !this.clientId.isBlank();
	}

}
