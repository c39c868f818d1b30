package crmcopilot.crm.source;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Customer-data connectors; every default is here (set {@code COPILOT_CRM_<NAME>} to
 * change one, e.g. {@code COPILOT_CRM_QUERY_TIMEOUT}).
 *
 * @param csvMaxBytes largest CSV/TSV upload read, in bytes
 * @param queryTimeout seconds a query on a customer database may take
 * @param demoCustomers customers generated in the demo workspace's tables
 */
@ConfigurationProperties("copilot.crm")
record CrmSourceSettings(@DefaultValue("20971520") long csvMaxBytes, @DefaultValue("60") int queryTimeout,
		@DefaultValue("5000") int demoCustomers) {

	CrmSourceSettings {
		if (csvMaxBytes <= 0 || queryTimeout <= 0 || demoCustomers <= 0) {
			throw new IllegalArgumentException("copilot.crm settings must be positive");
		}
	}

}
