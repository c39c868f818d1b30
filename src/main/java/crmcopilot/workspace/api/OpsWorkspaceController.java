package crmcopilot.workspace.api;

import java.net.URI;
import java.util.UUID;

import crmcopilot.workspace.Caller;
import crmcopilot.workspace.internal.WorkspacePermissions;
import crmcopilot.workspace.internal.WorkspaceProvisioning;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Operators of the platform create merchants' workspaces. */
@RestController
@PreAuthorize("hasAuthority('" + WorkspacePermissions.WORKSPACES_CREATE + "')")
class OpsWorkspaceController {

	private final WorkspaceProvisioning provisioning;

	OpsWorkspaceController(WorkspaceProvisioning provisioning) {
		this.provisioning = provisioning;
	}

	/**
	 * @param currency ISO 4217 code, {@code XOF} when absent
	 */
	record NewWorkspaceRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 8) String locale,
			@NotBlank @Size(max = 60) String timeZone, @Nullable @Size(max = 3) String currency) {
	}

	/** The new workspace and its first ADMIN token, shown only in this answer. */
	record CreatedWorkspace(UUID id, String slug, String name, String locale, String timeZone, String adminToken) {
	}

	@PostMapping("/api/v1/ops/workspaces")
	ResponseEntity<CreatedWorkspace> create(Caller caller, @Valid @RequestBody NewWorkspaceRequest request) {
		WorkspaceProvisioning.Provisioned provisioned = this.provisioning
			.createWithToken(new WorkspaceProvisioning.Merchant(request.name(), request.locale(), request.timeZone(),
					(request.currency() != null) ? request.currency() : "XOF"), caller.actor());
		var workspace = provisioned.workspace();
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/ops/workspaces/" + workspace.id()))
			.body(new CreatedWorkspace(workspace.id(), workspace.slug(), workspace.name(),
					workspace.locale().toLanguageTag(), workspace.timeZone().getId(), provisioned.adminToken()));
	}

}
