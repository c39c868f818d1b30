package crmcopilot.opportunities.internal;

import crmcopilot.workspace.PermissionGrants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static crmcopilot.workspace.Role.ADMIN;
import static crmcopilot.workspace.Role.AGENT;
import static crmcopilot.workspace.Role.MANAGER;
import static crmcopilot.workspace.Role.VIEWER;

@Configuration(proxyBeanMethods = false)
class OpportunitiesConfiguration {

	@Bean
	PermissionGrants opportunitiesPermissions() {
		return PermissionGrants.of("opportunities")
			.grant(OpportunityPermissions.VIEW, ADMIN, MANAGER, AGENT, VIEWER)
			.grant(OpportunityPermissions.CAPTURE, ADMIN, MANAGER, AGENT)
			.grant(OpportunityPermissions.APPROVE, ADMIN, MANAGER, AGENT)
			.grant(OpportunityPermissions.SETTINGS, ADMIN, MANAGER);
	}

}
