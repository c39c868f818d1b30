package crmcopilot.audit.web;

import crmcopilot.audit.internal.AuditPermissions;
import crmcopilot.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The journal's entry in the main navigation. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationItem journalNavigation() {
		return new NavigationItem("nav.audit", "/audit", AuditPermissions.VIEW, 900);
	}

}
