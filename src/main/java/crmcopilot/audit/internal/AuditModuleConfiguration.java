package crmcopilot.audit.internal;

import crmcopilot.workspace.PermissionGrants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static crmcopilot.workspace.Role.ADMIN;
import static crmcopilot.workspace.Role.AGENT;
import static crmcopilot.workspace.Role.MANAGER;
import static crmcopilot.workspace.Role.OPS;
import static crmcopilot.workspace.Role.SHOPPER;

@Configuration(proxyBeanMethods = false)
class AuditModuleConfiguration {

	@Bean
	PermissionGrants auditPermissions() {
		return PermissionGrants.of("audit")
			.grant(AuditPermissions.VIEW, ADMIN, MANAGER, OPS)
			.grant(AuditPermissions.CONSENTS_RECORD, ADMIN, MANAGER, AGENT, SHOPPER);
	}

}
