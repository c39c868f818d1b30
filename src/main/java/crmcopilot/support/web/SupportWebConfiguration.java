package crmcopilot.support.web;

import java.util.List;

import crmcopilot.support.internal.SupportPermissions;
import crmcopilot.support.internal.TicketStore;
import crmcopilot.web.HomeCard;
import crmcopilot.web.HomeCards;
import crmcopilot.web.NavigationItem;
import crmcopilot.workspace.Callers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/** The support entry of the main navigation and its card on the home page. */
@Configuration(proxyBeanMethods = false)
class SupportWebConfiguration {

	@Bean
	NavigationItem supportNavigation() {
		return new NavigationItem("nav.support", "/support", SupportPermissions.VIEW, 100);
	}

	@Bean
	HomeCards supportCards(TicketStore tickets) {
		return (Authentication authentication) -> Callers.from(authentication)
			.filter((caller) -> caller.can(SupportPermissions.VIEW))
			.map((caller) -> List.of(new HomeCard("home.card.support",
					Long.toString(tickets.backlog(caller.workspaceId())), "home.card.support.detail", "/support")))
			.orElse(List.of());
	}

}
