package crmcopilot.opportunities.web;

import java.util.List;
import java.util.Map;

import crmcopilot.opportunities.internal.FollowUpService;
import crmcopilot.opportunities.internal.OpportunityPermissions;
import crmcopilot.web.HomeCard;
import crmcopilot.web.HomeCards;
import crmcopilot.web.HomePanel;
import crmcopilot.web.HomePanels;
import crmcopilot.workspace.Callers;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;

/**
 * The signed-in user's follow-ups on the home dashboard: how many are open and how many
 * overdue, leading to the list (overdue first), and the first ones listed below the
 * cards, each done or postponed in one click.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpHomeCards {

	/** How many follow-ups the home page lists. */
	private static final int HOME_ROWS = 5;

	@Bean
	HomeCards followUpCards(FollowUpService followUps, MessageSource messages) {
		return (Authentication authentication) -> Callers.from(authentication)
			.filter((caller) -> caller.can(OpportunityPermissions.VIEW) && !caller.isToken())
			.map((caller) -> {
				long open = followUps.openCount(caller.workspaceId(), caller.actor());
				long overdue = followUps.overdueCount(caller.workspaceId(), caller.actor());
				String value = messages.getMessage("opportunities.home.followUps.value", new Object[] { open, overdue },
						LocaleContextHolder.getLocale());
				return List.of(new HomeCard("opportunities.home.followUps", value,
						"opportunities.home.followUps.detail", "/opportunities/follow-ups"));
			})
			.orElse(List.of());
	}

	/**
	 * The first of the user's open follow-ups, overdue first, to act on from the home
	 * page.
	 */
	@Bean
	HomePanels followUpPanel(FollowUpService followUps, FollowUpRows rows) {
		return (Authentication authentication) -> Callers.from(authentication)
			.filter((caller) -> caller.can(OpportunityPermissions.VIEW) && !caller.isToken())
			.map((caller) -> List.of(new HomePanel("opportunities/followUpPanel", "panel",
					Map.of("rows",
							rows.openOf(caller.workspaceId(), caller.actor(), HOME_ROWS,
									LocaleContextHolder.getLocale()),
							"open", followUps.openCount(caller.workspaceId(), caller.actor())))))
			.orElse(List.of());
	}

}
