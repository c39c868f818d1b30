package crmcopilot.support.web;

import java.util.List;

import crmcopilot.support.SupportPermissions;
import crmcopilot.support.internal.TicketStore;
import crmcopilot.web.HomeCard;
import crmcopilot.web.HomeCards;
import crmcopilot.workspace.Callers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

@Configuration(proxyBeanMethods = false)
class SupportHomeCards {

	@Bean
	HomeCards supportCards(TicketStore tickets) {
		return (Authentication authentication) -> Callers.from(authentication)
			.filter((caller) -> caller.can(SupportPermissions.VIEW))
			.map((caller) -> List.of(new HomeCard("home.card.support",
					Long.toString(tickets.backlog(caller.workspaceId())), "home.card.support.detail", "/support")))
			.orElse(List.of());
	}

}
