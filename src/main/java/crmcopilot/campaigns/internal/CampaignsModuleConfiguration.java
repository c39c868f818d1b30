package crmcopilot.campaigns.internal;

import crmcopilot.campaigns.CampaignPermissions;
import crmcopilot.workspace.PermissionGrants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static crmcopilot.workspace.Role.ADMIN;
import static crmcopilot.workspace.Role.MANAGER;
import static crmcopilot.workspace.Role.OPS;
import static crmcopilot.workspace.Role.VIEWER;

@Configuration(proxyBeanMethods = false)
class CampaignsModuleConfiguration {

	@Bean
	PermissionGrants campaignsPermissions() {
		return PermissionGrants.of("campaigns")
			.grant(CampaignPermissions.VIEW, ADMIN, MANAGER, VIEWER, OPS)
			.grant(CampaignPermissions.RUN, ADMIN, MANAGER)
			.grant(CampaignPermissions.CHOOSE, ADMIN, MANAGER)
			.grant(CampaignPermissions.CONNECT, ADMIN);
	}

}
