package crmcopilot.workspace.internal;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Maps the provider's user to a workspace user by email. Nobody gets an account merely by
 * having one at the provider: an administrator creates the user first.
 */
@Service
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final UserAccounts accounts;

	private final CallerFactory callers;

	SsoUserService(UserAccounts accounts, CallerFactory callers) {
		this.accounts = accounts;
		this.callers = callers;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidcUser = this.delegate.loadUser(request);
		String email = oidcUser.getEmail();
		if (email == null || email.isBlank()) {
			throw new OAuth2AuthenticationException(
					new OAuth2Error("missing_email", "The identity provider did not share an email address", null));
		}
		UserAccount account = this.accounts.findByEmail(email)
			.filter(UserAccount::enabled)
			.orElseThrow(() -> new OAuth2AuthenticationException(
					new OAuth2Error("unknown_user", "No enabled workspace user has this email", null)));
		return new SsoUser(oidcUser, this.callers.forUser(account));
	}

}
