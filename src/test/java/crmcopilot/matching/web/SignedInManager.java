package crmcopilot.matching.web;

import java.util.Set;
import java.util.UUID;

import crmcopilot.matching.internal.MatchingPermissions;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.CallerPrincipal;
import crmcopilot.workspace.Role;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

/** A manager of the given workspace, as the web slices' requests are signed in. */
final class SignedInManager {

	private SignedInManager() {
	}

	static Authentication of(UUID workspaceId) {
		Caller caller = new Caller(workspaceId, "Atelier", UUID.randomUUID(), null, "Boss", "boss@example.com",
				Role.MANAGER, Set.of(MatchingPermissions.MANAGE));
		CallerPrincipal principal = () -> caller;
		return new TestingAuthenticationToken(principal, null, MatchingPermissions.MANAGE);
	}

}
