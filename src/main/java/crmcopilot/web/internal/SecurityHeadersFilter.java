package crmcopilot.web.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Content-Security-Policy and Permissions-Policy on every response. Scripts come only
 * from the service itself (the pages' own files, htmx and ECharts from the webjars): no
 * inline script, no inline handler, no eval, so a stored value that slips into a page
 * cannot run. Inline styles stay allowed (style attributes of the templates, htmx's
 * indicator style); images may come from https (a shopper's photo). The browser features
 * no page uses are off; the microphone stays available to the page itself for voice
 * memos.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self'; "
			+ "connect-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), geolocation=(), payment=(), usb=(), "
			+ "microphone=(self), fullscreen=(self)";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		chain.doFilter(request, response);
	}

}
