package crmcopilot.workspace.internal;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and locks the account for a while after too many,
 * which throttles password guessing without locking out the real user for long.
 */
@Component
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final UserAccounts accounts;

	private final SecurityProperties properties;

	LoginOutcomes(UserAccounts accounts, SecurityProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		this.accounts.recordSuccess(authentication.getName());
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String outcome = "error";
		if (exception instanceof LockedException) {
			outcome = "locked";
		}
		else if (exception instanceof DisabledException) {
			outcome = "disabled";
		}
		else {
			String email = request.getParameter("username");
			if (email != null && !email.isBlank()) {
				this.accounts.recordFailure(email, this.properties.maxFailedLogins(),
						Instant.now().plus(this.properties.lockout()));
			}
		}
		response.sendRedirect(request.getContextPath() + "/login?" + outcome);
	}

}
