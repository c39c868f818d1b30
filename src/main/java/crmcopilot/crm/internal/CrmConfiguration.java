package crmcopilot.crm.internal;

import crmcopilot.workspace.PermissionGrants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static crmcopilot.workspace.Role.ADMIN;
import static crmcopilot.workspace.Role.AGENT;
import static crmcopilot.workspace.Role.MANAGER;
import static crmcopilot.workspace.Role.VIEWER;

@Configuration(proxyBeanMethods = false)
class CrmConfiguration {

	@Bean
	PermissionGrants crmPermissions() {
		return PermissionGrants.of("crm")
			.grant(CrmPermissions.VIEW, ADMIN, MANAGER, AGENT, VIEWER)
			.grant(CrmPermissions.EDIT, ADMIN, MANAGER, AGENT)
			.grant(CrmPermissions.SALESFORCE, ADMIN, MANAGER);
	}

}
