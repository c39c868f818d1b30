package crmcopilot.ai.internal;

import crmcopilot.ai.AiPermissions;
import crmcopilot.web.NavigationItem;
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

	@Bean
	NavigationItem aiUsageNavigation() {
		return new NavigationItem("nav.ai.usage", "/ai/usage", AiPermissions.USAGE_VIEW, 800);
	}

	@Bean
	NavigationItem aiPromptsNavigation() {
		return new NavigationItem("nav.ai.prompts", "/ai/prompts", AiPermissions.PROMPTS_MANAGE, 801);
	}

	@Bean
	NavigationItem aiSettingsNavigation() {
		return new NavigationItem("nav.ai.settings", "/ai/settings", AiPermissions.SETTINGS_MANAGE, 802);
	}

}
