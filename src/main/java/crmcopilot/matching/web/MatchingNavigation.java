package crmcopilot.matching.web;

import crmcopilot.matching.internal.MatchingPermissions;
import crmcopilot.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The matching entries of the main navigation: the board for managers, the space for
 * shoppers.
 */
@Configuration(proxyBeanMethods = false)
class MatchingNavigation {

	@Bean
	NavigationItem matchingBoardNavigation() {
		return new NavigationItem("nav.matching", "/matching/board", MatchingPermissions.MANAGE, 400);
	}

	@Bean
	NavigationItem matchingSpaceNavigation() {
		return new NavigationItem("nav.matching.space", "/matching/space", MatchingPermissions.SPACE, 401);
	}

}
