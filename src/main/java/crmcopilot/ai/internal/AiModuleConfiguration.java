package crmcopilot.ai.internal;

import crmcopilot.workspace.PermissionGrants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static crmcopilot.workspace.Role.ADMIN;
import static crmcopilot.workspace.Role.MANAGER;
import static crmcopilot.workspace.Role.OPS;

@Configuration(proxyBeanMethods = false)
class AiModuleConfiguration {

	@Bean
	PermissionGrants aiPermissions() {
		return PermissionGrants.of("ai")
			.grant(AiPermissions.USAGE_VIEW, ADMIN, MANAGER, OPS)
			.grant(AiPermissions.PROMPTS_MANAGE, ADMIN, MANAGER)
			.grant(AiPermissions.SETTINGS_MANAGE, ADMIN);
	}

}
