package crmcopilot.workspace.internal;

import java.util.Collection;

import crmcopilot.workspace.Caller;
import crmcopilot.workspace.CallerPrincipal;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user signed in with email and password. */
final class SignedInUser implements UserDetails, CredentialsContainer, CallerPrincipal {

	private final Caller caller;

	private @Nullable String passwordHash;

	private final boolean enabled;

	SignedInUser(UserAccount account, Caller caller) {
		this.caller = caller;
		this.passwordHash = account.passwordHash();
		this.enabled = account.enabled();
	}

	@Override
	public Caller caller() {
		return this.caller;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return CallerFactory.authorities(this.caller);
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return (this.caller.email() != null) ? this.caller.email() : this.caller.name();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String toString() {
		return "SignedInUser[" + getUsername() + "]";
	}

}
