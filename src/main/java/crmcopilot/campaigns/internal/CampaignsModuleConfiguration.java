package crmcopilot.campaigns.internal;

import java.util.List;

import crmcopilot.campaigns.CampaignPermissions;
import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.web.HomeCard;
import crmcopilot.web.HomeCards;
import crmcopilot.web.NavigationItem;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.CallerPrincipal;
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

	@Bean
	NavigationItem campaignsNavigation() {
		return new NavigationItem("nav.campaigns", "/campaigns", CampaignPermissions.VIEW, 300);
	}

	@Bean
	HomeCards campaignsHomeCards(CampaignRuns runs) {
		return (authentication) -> {
			if (!(authentication.getPrincipal() instanceof CallerPrincipal principal)
					|| !principal.caller().can(CampaignPermissions.VIEW)) {
				return List.of();
			}
			long total = runs.list(principal.caller().workspaceId(), new PageQuery(0, 1)).totalItems();
			return List.of(new HomeCard("campaigns.home.runs", String.valueOf(total), "campaigns.home.runs.detail",
					"/campaigns"));
		};
	}

}
