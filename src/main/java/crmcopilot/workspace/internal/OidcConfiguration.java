package crmcopilot.workspace.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Single sign-on with any OpenID Connect provider given by its issuer URL (Microsoft
 * Entra ID, Google, Keycloak): the provider's metadata is discovered at start-up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnExpression("'${copilot.security.oidc.issuer-uri:}' != ''")
class OidcConfiguration {

	static final String REGISTRATION_ID = "oidc";

	@Bean
	ClientRegistrationRepository oidcClientRegistrations(SecurityProperties properties) {
		SecurityProperties.Oidc oidc = properties.oidc();
		ClientRegistration registration = ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
			.registrationId(REGISTRATION_ID)
			.clientName(oidc.label())
			.clientId(oidc.clientId())
			.clientSecret(oidc.clientSecret())
			.scope("openid", "profile", "email")
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

}
