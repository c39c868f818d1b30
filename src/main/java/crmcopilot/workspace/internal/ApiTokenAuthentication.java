package crmcopilot.workspace.internal;

import crmcopilot.workspace.Caller;
import crmcopilot.workspace.CallerPrincipal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by an API token. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final TokenPrincipal principal;

	ApiTokenAuthentication(Caller caller) {
		super(CallerFactory.authorities(caller));
		this.principal = new TokenPrincipal(caller);
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this.principal;
	}

	@Override
	public String getName() {
		return this.principal.caller().actor();
	}

	record TokenPrincipal(Caller caller) implements CallerPrincipal {
	}

}
