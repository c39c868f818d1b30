package crmcopilot.workspace.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The set-up page of a fresh install is open to anyone (with CSRF protection): there is
 * no account yet. It refuses to act once a workspace exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SetupSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain setupFilterChain(HttpSecurity http) {
		http.securityMatcher("/setup").authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return http.build();
	}

}
