package crmcopilot.matching.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import crmcopilot.matching.internal.MatchingPermissions;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.web.HomeCard;
import crmcopilot.web.HomeCards;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Callers;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/**
 * The matching figures of the home dashboard: for managers the pending clients, the
 * clients assigned since Monday (workspace time) and the shoppers' load; for a shopper
 * their own client count.
 */
@Configuration(proxyBeanMethods = false)
class MatchingHomeCards {

	@Bean
	HomeCards matchingCards(MatchingService matching, Workspaces workspaces) {
		return (Authentication authentication) -> Callers.from(authentication)
			.map((caller) -> cards(caller, matching, workspaces))
			.orElse(List.of());
	}

	private static List<HomeCard> cards(Caller caller, MatchingService matching, Workspaces workspaces) {
		if (caller.can(MatchingPermissions.MANAGE)) {
			ZoneId zone = workspaces.find(caller.workspaceId()).map(Workspace::timeZone).orElse(ZoneId.of("UTC"));
			LocalDate monday = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			MatchingService.Figures figures = matching.figures(caller.workspaceId(),
					monday.atStartOfDay(zone).toOffsetDateTime());
			String load = (figures.capacity() > 0) ? Math.round(100.0 * figures.assigned() / figures.capacity()) + " %"
					: "—";
			return List.of(
					new HomeCard("matching.home.pending", Long.toString(figures.pending()),
							"matching.home.pending.detail", "/matching/board"),
					new HomeCard("matching.home.week", Long.toString(figures.assignedSince()),
							"matching.home.week.detail", "/matching/board"),
					new HomeCard("matching.home.load", load, "matching.home.load.detail", "/matching/board"));
		}
		if (caller.can(MatchingPermissions.SPACE)) {
			return matching.shopperOfUser(caller.workspaceId(), caller.email())
				.map((me) -> List.of(new HomeCard("matching.home.mine",
						Long.toString(matching.clientCount(caller.workspaceId(), me.id())), "matching.home.mine.detail",
						"/matching/space")))
				.orElse(List.of());
		}
		return List.of();
	}

}
