package crmcopilot.workspace.api;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import crmcopilot.workspace.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

	/** The caller as the API shows it. */
	record Me(String kind, @Nullable UUID userId, @Nullable UUID tokenId, String name, @Nullable String email,
			String role, Set<String> permissions, WorkspaceRef workspace) {
	}

	record WorkspaceRef(UUID id, String name) {
	}

	@GetMapping("/api/v1/me")
	Me me(Caller caller) {
		return new Me(caller.isToken() ? "token" : "user", caller.userId(), caller.tokenId(), caller.name(),
				caller.email(), caller.role().name(), caller.permissions(),
				new WorkspaceRef(caller.workspaceId(), caller.workspaceName()));
	}

}
