package crmcopilot.crm.source;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param csvMaxBytes largest CSV/TSV upload read
 * @param queryTimeoutSeconds timeout of a query on a customer database
 * @param demoCustomers customers generated in the demo tables
 */
@ConfigurationProperties("copilot.crm")
record CrmSourceSettings(long csvMaxBytes, int queryTimeoutSeconds, int demoCustomers) {

	CrmSourceSettings {
		csvMaxBytes = (csvMaxBytes > 0) ? csvMaxBytes : 20L * 1024 * 1024;
		queryTimeoutSeconds = (queryTimeoutSeconds > 0) ? queryTimeoutSeconds : 60;
		demoCustomers = (demoCustomers > 0) ? demoCustomers : 5000;
	}

}
