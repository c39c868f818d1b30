package crmcopilot.workspace.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads a user for the password check of {@link ThrottledLogin}; not a bean, so that
 * sign-in with a password has one way in.
 */
class AccountDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	private final CallerFactory callers;

	AccountDetailsService(UserAccounts accounts, CallerFactory callers) {
		this.accounts = accounts;
		this.callers = callers;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findByEmail(email)
			.filter((account) -> account.passwordHash() != null)
			.map((account) -> new SignedInUser(account, this.callers.forUser(account)))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
