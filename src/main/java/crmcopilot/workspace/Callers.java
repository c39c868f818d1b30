package crmcopilot.workspace;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The {@link Caller} of the current request, for code that has no controller parameter.
 */
public final class Callers {

	private Callers() {
	}

	public static Optional<Caller> current() {
		return from(SecurityContextHolder.getContext().getAuthentication());
	}

	public static Optional<Caller> from(@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof CallerPrincipal principal) {
			return Optional.of(principal.caller());
		}
		return Optional.empty();
	}

}
