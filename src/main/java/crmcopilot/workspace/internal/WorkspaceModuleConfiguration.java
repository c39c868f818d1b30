package crmcopilot.workspace.internal;

import crmcopilot.workspace.PermissionGrants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static crmcopilot.workspace.Role.ADMIN;
import static crmcopilot.workspace.Role.AGENT;
import static crmcopilot.workspace.Role.MANAGER;
import static crmcopilot.workspace.Role.OPS;
import static crmcopilot.workspace.Role.SHOPPER;
import static crmcopilot.workspace.Role.VIEWER;

@Configuration(proxyBeanMethods = false)
class WorkspaceModuleConfiguration {

	/** bcrypt by default, and able to verify other algorithms' hashes ({id} prefixes). */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PermissionGrants workspacePermissions() {
		return PermissionGrants.of("workspace")
			.grant(WorkspacePermissions.VIEW, ADMIN, MANAGER, AGENT, SHOPPER, VIEWER, OPS)
			.grant(WorkspacePermissions.USERS_MANAGE, ADMIN)
			.grant(WorkspacePermissions.TOKENS_MANAGE, ADMIN)
			.grant(WorkspacePermissions.SETTINGS_MANAGE, ADMIN)
			.grant(WorkspacePermissions.WORKSPACES_CREATE, OPS);
	}

}
