package crmcopilot.opportunities.web;

import crmcopilot.opportunities.internal.OpportunityPermissions;
import crmcopilot.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sales copilot's entry in the navigation. */
@Configuration(proxyBeanMethods = false)
class OpportunitiesNavigationConfiguration {

	@Bean
	NavigationItem opportunitiesNavigation() {
		return new NavigationItem("nav.opportunities", "/opportunities", OpportunityPermissions.VIEW, 200);
	}

}
