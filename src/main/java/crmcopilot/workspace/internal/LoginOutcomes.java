package crmcopilot.workspace.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where a sign-in leads. Every failure gets the same answer, whether the account is
 * unknown, disabled or the password wrong, so the login page tells nobody which accounts
 * exist; only a throttled attempt (see {@link LoginThrottle}, counted alike for known and
 * unknown accounts) is told to wait.
 */
@Component
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final UserAccounts accounts;

	LoginOutcomes(UserAccounts accounts) {
		this.accounts = accounts;
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
		String outcome = (exception instanceof ThrottledLogin.LoginThrottledException) ? "throttled" : "error";
		response.sendRedirect(request.getContextPath() + "/login?" + outcome);
	}

}
