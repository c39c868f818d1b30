package crmcopilot.campaigns.web;

import java.util.List;

import crmcopilot.campaigns.CampaignPermissions;
import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.shared.PageQuery;
import crmcopilot.web.HomeCard;
import crmcopilot.web.HomeCards;
import crmcopilot.web.NavigationItem;
import crmcopilot.workspace.CallerPrincipal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The campaigns entry of the navigation and its card on the home page. */
@Configuration(proxyBeanMethods = false)
class CampaignsWebConfiguration {

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
