package crmcopilot.crm.web;

import crmcopilot.crm.internal.CrmPermissions;
import crmcopilot.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local CRM's entry in the navigation. */
@Configuration(proxyBeanMethods = false)
class CrmNavigationConfiguration {

	@Bean
	NavigationItem crmAccountsNavigation() {
		return new NavigationItem("nav.crmAccounts", "/crm/accounts", CrmPermissions.VIEW, 210);
	}

}
