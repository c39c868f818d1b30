package crmcopilot.workspace.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain for pages and API. Pages use form login (or OpenID Connect) with CSRF
 * protection; {@code /api/**} also accepts API tokens and answers 401/403 as
 * problem+json. Public routes by convention: {@code /public/**} (forms for people without
 * an account) and {@code /hooks/**} (webhooks, authenticated by their own signatures,
 * without CSRF).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	private static final RequestMatcher API = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, CallerFactory callers,
			ProblemResponses problems, LoginOutcomes loginOutcomes, SsoUserService ssoUsers,
			ObjectProvider<ClientRegistrationRepository> oidcClients) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
					"/error", "/error/**", "/public/**", "/hooks/**", "/actuator/health", "/actuator/health/**",
					"/actuator/info", "/api-docs", "/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasAnyRole("ADMIN", "OPS")
			.anyRequest()
			.authenticated());
		http.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, callers, problems),
				UsernamePasswordAuthenticationFilter.class);
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(ApiTokenAuthenticationFilter::hasBearer,
				PathPatternRequestMatcher.withDefaults().matcher("/hooks/**")));
		http.exceptionHandling(
				(exceptions) -> exceptions.defaultAuthenticationEntryPointFor(problems::unauthorized, API)
					.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
							(HttpServletRequest request) -> true)
					.defaultAccessDeniedHandlerFor(problems::forbidden, API));
		http.formLogin((form) -> form.loginPage("/login")
			.successHandler(loginOutcomes)
			.failureHandler(loginOutcomes)
			.permitAll());
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll());
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.headers((headers) -> headers.frameOptions((frame) -> frame.sameOrigin())
			.referrerPolicy((referrer) -> referrer.policy(
					org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login((oauth) -> oauth.loginPage("/login")
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(ssoUsers))
				.successHandler(loginOutcomes)
				.failureUrl("/login?sso"));
		}
		return http.build();
	}

}
