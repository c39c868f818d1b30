package crmcopilot.matching.internal;

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

}
