package crmcopilot.workspace.internal;

import java.io.IOException;
import java.util.Locale;

import crmcopilot.shared.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * problem+json bodies for 401 and 403 on the API, in the language the caller asks for
 * ({@code Accept-Language}; French by default, as the rest of the API).
 */
@Component
class ProblemResponses {

	private final JsonMapper json;

	private final MessageSource messages;

	ProblemResponses(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, "api.problem.unauthorized",
				"Authentication required: send 'Authorization: Bearer <token>' with a valid, unrevoked API token");
	}

	void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "api.problem.invalid-token",
				"The API token is unknown, revoked or expired");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "api.problem.forbidden",
				"Your role does not grant the permission this action needs");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			String fallback) throws IOException {
		Locale locale = locale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(key, null, fallback, locale));
		problem.setTitle(this.messages.getMessage("api.problem.title." + status.value(), null, status.getReasonPhrase(),
				locale));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

	private static Locale locale(HttpServletRequest request) {
		return Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
	}

}
