package crmcopilot.workspace.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-in with e-mail and password, behind the {@link LoginThrottle}: a throttled attempt
 * is refused before the password is checked, and every failure is counted.
 */
@Component
class ThrottledLogin implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledLogin(UserAccounts accounts, CallerFactory callers, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(new AccountDetailsService(accounts, callers));
		this.passwords.setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String account = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
		if (!this.throttle.allows(account, address)) {
			throw new LoginThrottledException();
		}
		try {
			return this.passwords.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(account, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Too many failed sign-ins for this account or address: wait. */
	static final class LoginThrottledException extends AuthenticationException {

		LoginThrottledException() {
			super("too many failed sign-ins, try again later");
		}

	}

}
