package crmcopilot.crm.salesforce.web;

import jakarta.validation.constraints.Size;

/**
 * The connect form.
 *
 * @param host {@code login} (also when blank), {@code test} (sandbox) or a My Domain host
 * name
 */
record SalesforceConnectForm(@Size(max = 255) String host) {

	SalesforceConnectForm {
		host = (host != null) ? host : "login";
	}

	static SalesforceConnectForm initial() {
		return new SalesforceConnectForm("login");
	}

}
