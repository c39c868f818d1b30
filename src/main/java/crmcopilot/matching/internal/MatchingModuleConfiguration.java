package crmcopilot.matching.internal;

import crmcopilot.matching.MatchingPermissions;
import crmcopilot.web.NavigationItem;
import crmcopilot.workspace.PermissionGrants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static crmcopilot.workspace.Role.ADMIN;
import static crmcopilot.workspace.Role.MANAGER;
import static crmcopilot.workspace.Role.SHOPPER;

@Configuration(proxyBeanMethods = false)
class MatchingModuleConfiguration {

	@Bean
	PermissionGrants matchingPermissions() {
		return PermissionGrants.of("matching")
			.grant(MatchingPermissions.MANAGE, ADMIN, MANAGER)
			.grant(MatchingPermissions.SPACE, SHOPPER);
	}

	@Bean
	NavigationItem matchingNavigation() {
		return new NavigationItem("nav.matching", "/matching/board", MatchingPermissions.MANAGE, 400);
	}

	@Bean
	NavigationItem matchingSpaceNavigation() {
		return new NavigationItem("nav.matching.space", "/matching/space", MatchingPermissions.SPACE, 401);
	}

}
