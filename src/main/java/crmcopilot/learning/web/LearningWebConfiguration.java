package crmcopilot.learning.web;

import crmcopilot.learning.internal.LearningPermissions;
import crmcopilot.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the AI monitor adds to the web shell: its navigation entry. */
@Configuration(proxyBeanMethods = false)
class LearningWebConfiguration {

	@Bean
	NavigationItem learningNavigation() {
		return new NavigationItem("nav.learning", "/learning", LearningPermissions.VIEW, 500);
	}

}
