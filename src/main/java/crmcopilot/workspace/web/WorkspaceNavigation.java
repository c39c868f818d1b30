package crmcopilot.workspace.web;

import java.util.List;

import crmcopilot.web.HomeCard;
import crmcopilot.web.HomeCards;
import crmcopilot.web.NavigationItem;
import crmcopilot.workspace.Callers;
import crmcopilot.workspace.internal.WorkspacePermissions;
import crmcopilot.workspace.WorkspaceUsers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

@Configuration(proxyBeanMethods = false)
class WorkspaceNavigation {

	@Bean
	NavigationItem usersNavigation() {
		return new NavigationItem("nav.users", "/admin/users", WorkspacePermissions.USERS_MANAGE, 910);
	}

	@Bean
	NavigationItem tokensNavigation() {
		return new NavigationItem("nav.tokens", "/admin/tokens", WorkspacePermissions.TOKENS_MANAGE, 920);
	}

	@Bean
	NavigationItem settingsNavigation() {
		return new NavigationItem("nav.settings", "/admin/settings", WorkspacePermissions.SETTINGS_MANAGE, 930);
	}

	@Bean
	NavigationItem opsNavigation() {
		return new NavigationItem("nav.ops", "/ops/workspaces", WorkspacePermissions.WORKSPACES_CREATE, 940);
	}

	@Bean
	HomeCards workspaceHomeCards(WorkspaceUsers users) {
		return (Authentication authentication) -> Callers.from(authentication)
			.map((caller) -> List.of(new HomeCard("home.card.users",
					Integer.toString(users.list(caller.workspaceId()).size()), "home.card.users.detail",
					caller.can(WorkspacePermissions.USERS_MANAGE) ? "/admin/users" : "/")))
			.orElse(List.of());
	}

}
