package crmcopilot.workspace.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} requests. A bad token is answered
 * with 401 at once rather than falling back to anonymous, so clients learn why.
 */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;

	private final CallerFactory callers;

	private final ProblemResponses problems;

	ApiTokenAuthenticationFilter(ApiTokens tokens, CallerFactory callers, ProblemResponses problems) {
		this.tokens = tokens;
		this.callers = callers;
		this.problems = problems;
	}

	static boolean hasBearer(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String value = request.getHeader("Authorization").substring(PREFIX.length()).trim();
		Instant now = Instant.now();
		Optional<ApiToken> token = this.tokens.findByValue(value).filter((found) -> found.usableAt(now));
		if (token.isEmpty()) {
			this.problems.invalidToken(request, response);
			return;
		}
		this.tokens.touch(token.get(), now);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(this.callers.forToken(token.get())));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
