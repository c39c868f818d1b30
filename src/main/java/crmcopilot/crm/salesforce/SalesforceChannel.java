package crmcopilot.crm.salesforce;

import crmcopilot.shared.outbox.OutboxChannel;
import crmcopilot.shared.outbox.RetryPolicy;

/**
 * What every delivery to Salesforce shares: the connector's attempts and backoff, and
 * Salesforce refusing the data fails at once while an outage or a lost connection waits.
 */
abstract class SalesforceChannel implements OutboxChannel {

	private final SalesforceSettings settings;

	SalesforceChannel(SalesforceSettings settings) {
		this.settings = settings;
	}

	@Override
	public RetryPolicy retryPolicy() {
		return this.settings.retryPolicy();
	}

	@Override
	public boolean permanent(Exception failure) {
		return SalesforceError.refusal(failure);
	}

}
