package crmcopilot;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import crmcopilot.workspace.Caller;
import crmcopilot.workspace.CallerPrincipal;
import crmcopilot.workspace.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What a {@code @WebMvcTest} slice of a module's controllers needs to call them as a
 * signed-in person. The slice picks up workspace's {@code Caller} argument resolver by
 * itself (it is a {@code WebMvcConfigurer}); the service's filter chain and method
 * security are not part of a slice, so permissions stay checked by the integration tests
 * ({@code TenantIsolationTests}, {@code SecurityTests}).
 */
public final class WebSlices {

	/** The workspace every slice caller belongs to. */
	public static final UUID WORKSPACE_ID = UUID.fromString("00000000-0000-4000-8000-000000000017");

	private WebSlices() {
	}

	/**
	 * A signed-in user of {@link #WORKSPACE_ID} with a role and the given permissions.
	 */
	public static Caller caller(Role role, String... permissions) {
		return new Caller(WORKSPACE_ID, "Slice", UUID.randomUUID(), null, "Camille Slice", "camille@slice.example",
				role, Set.copyOf(Arrays.asList(permissions)));
	}

	/** Signs the request in as {@code caller}, with a CSRF token for posts. */
	public static RequestPostProcessor signedIn(Caller caller) {
		List<SimpleGrantedAuthority> authorities = caller.permissions()
			.stream()
			.map(SimpleGrantedAuthority::new)
			.toList();
		RequestPostProcessor signedIn = authentication(
				new UsernamePasswordAuthenticationToken(new SlicePrincipal(caller), null, authorities));
		return (request) -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
	}

	private record SlicePrincipal(Caller caller) implements CallerPrincipal {
	}

}
