package crmcopilot.workspace.internal;

import java.util.Collection;
import java.util.stream.Stream;

import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Permissions;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Caller} and its authorities: {@code ROLE_<role>} plus every
 * permission.
 */
@Component
class CallerFactory {

	private final Workspaces workspaces;

	private final Permissions permissions;

	CallerFactory(Workspaces workspaces, Permissions permissions) {
		this.workspaces = workspaces;
		this.permissions = permissions;
	}

	Caller forUser(UserAccount account) {
		return new Caller(account.workspaceId(), workspaceName(account.workspaceId()), account.id(), null,
				account.displayName(), account.email(), account.role(), this.permissions.of(account.role()));
	}

	Caller forToken(ApiToken token) {
		return new Caller(token.workspaceId(), workspaceName(token.workspaceId()), null, token.id(), token.name(), null,
				token.role(), this.permissions.of(token.role()));
	}

	static Collection<GrantedAuthority> authorities(Caller caller) {
		return Stream.concat(Stream.of("ROLE_" + caller.role().name()), caller.permissions().stream())
			.<GrantedAuthority>map(SimpleGrantedAuthority::new)
			.toList();
	}

	private String workspaceName(java.util.UUID workspaceId) {
		return this.workspaces.find(workspaceId).map(Workspace::name).orElse("?");
	}

}
