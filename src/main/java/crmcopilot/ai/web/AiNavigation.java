package crmcopilot.ai.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import crmcopilot.ai.internal.AiPermissions;
import crmcopilot.ai.internal.JdbcAiCallLog;
import crmcopilot.ai.internal.UsageReport;
import crmcopilot.web.HomeCard;
import crmcopilot.web.HomeCards;
import crmcopilot.web.NavigationItem;
import crmcopilot.workspace.Callers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/** The module's entries in the main navigation and its card on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class AiNavigation {

	@Bean
	HomeCards aiHomeCards(JdbcAiCallLog calls) {
		return (Authentication authentication) -> Callers.from(authentication)
			.filter((caller) -> caller.can(AiPermissions.USAGE_VIEW))
			.map((caller) -> {
				LocalDate today = LocalDate.now(ZoneOffset.UTC);
				UsageReport.Figures week = calls.usage(caller.workspaceId(), today.minusDays(6), today).total();
				return List
					.of(new HomeCard("home.card.ai", Long.toString(week.calls()), "home.card.ai.detail", "/ai/usage"));
			})
			.orElse(List.of());
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
