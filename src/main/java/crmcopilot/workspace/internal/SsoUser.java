package crmcopilot.workspace.internal;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;

import crmcopilot.workspace.Caller;
import crmcopilot.workspace.CallerPrincipal;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in through OpenID Connect and mapped to a workspace user by email; kept
 * in the session store like a password user.
 */
final class SsoUser implements OidcUser, CallerPrincipal, Serializable {

	private static final long serialVersionUID = 1L;

	private final OidcUser delegate;

	private final Caller caller;

	SsoUser(OidcUser delegate, Caller caller) {
		this.delegate = delegate;
		this.caller = caller;
	}

	@Override
	public Caller caller() {
		return this.caller;
	}

	@Override
	public Map<String, Object> getClaims() {
		return this.delegate.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return this.delegate.getUserInfo();
	}

	@Override
	public OidcIdToken getIdToken() {
		return this.delegate.getIdToken();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.delegate.getAttributes();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return CallerFactory.authorities(this.caller);
	}

	@Override
	public String getName() {
		return this.caller.actor();
	}

}
