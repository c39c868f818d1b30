package crmcopilot.learning.internal;

import crmcopilot.workspace.PermissionGrants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static crmcopilot.workspace.Role.ADMIN;
import static crmcopilot.workspace.Role.MANAGER;
import static crmcopilot.workspace.Role.OPS;
import static crmcopilot.workspace.Role.VIEWER;

@Configuration(proxyBeanMethods = false)
class LearningModuleConfiguration {

	/**
	 * The issue names these permissions {@code ai.training.*} and {@code ai.crawler.*};
	 * the grant prefix is therefore {@code ai}. Module ai declares other names
	 * ({@code ai.usage.*}).
	 */
	@Bean
	PermissionGrants learningPermissions() {
		return PermissionGrants.of("ai")
			.grant(LearningPermissions.VIEW, ADMIN, MANAGER, OPS, VIEWER)
			.grant(LearningPermissions.MANAGE, ADMIN, MANAGER, OPS)
			.grant(LearningPermissions.AGGREGATE, OPS)
			.grant(LearningPermissions.CRAWLER_CREATE, OPS);
	}

}
